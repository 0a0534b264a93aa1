// Turns the server-rendered paper form into steps, an emergency card, a "Check your answers" list
// and a result. Private by construction: it makes no request and stores nothing; the answers
// live only in the radio buttons, and the tab's history holds only which step is shown, so that
// Back and Forward move between steps. What the result says is decided by src/lib alone, and
// every piece of text goes in with textContent, never as HTML.
import { ANSWER_LABELS, emergencyAnswersInGroup, evaluateChecklist } from '../lib/checklist.ts';
import {
  FIRST_STEP,
  answerSummary,
  answersFromChoices,
  answersToReview,
  changeAnswerStep,
  groupIndexOf,
  historyStateFor,
  nextStep,
  previousStep,
  stepBeforeMovingOn,
  stepFromHistory,
  stepProgress,
  stepTitle,
  type AnswerRow,
  type ChecklistStep,
} from '../lib/checklist-steps.ts';
import { clinicNameFromSearch } from '../lib/clinic-name.ts';
import type { Checklist, Tier } from '../lib/schemas/checklist.ts';

const QUESTION_LINK_PREFIX = '#question-';

/** The checklist read back from the markup this script enhances, so the page carries it once. */
function readChecklist(root: HTMLElement): Checklist {
  const textOf = (element: Element | null) => element!.textContent!.trim();
  return {
    version: root.dataset.version!,
    date: new Date(root.dataset.date!),
    title: textOf(root.querySelector('h1')),
    notSure: JSON.parse(root.dataset.notSure!) as Checklist['notSure'],
    groups: [...root.querySelectorAll<HTMLElement>('[data-group]')].map((group) => ({
      id: group.dataset.group!,
      title: textOf(group.querySelector('[data-group-title]')),
      questions: [...group.querySelectorAll<HTMLElement>('[data-question]')].map((question) => ({
        id: question.dataset.question!,
        text: textOf(question.querySelector('[data-question-text]')),
        why: textOf(question.querySelector('[data-why]')),
        // Written by the build from the validated checklist.
        tier: question.dataset.tier as Tier,
        learnMore: { article: question.dataset.article!, section: question.dataset.section! },
        // Care lists and sources are shown on the articles; the checklist does not need them.
        statement: '',
        sources: [],
      })),
    })),
    signGroups: [],
  };
}

function enhance(root: HTMLElement): void {
  const checklist = readChecklist(root);
  const groupCount = checklist.groups.length;
  const groupTitles = checklist.groups.map((group) => group.title);
  const groupSections = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const questionText = new Map(checklist.groups.flatMap((group) => group.questions.map((question) => [question.id, question.text])));
  const pageTitle = document.title;
  // In a clinic's frame, links to the site's articles open in a new tab (the articles refuse frames).
  const linkTarget = root.dataset.linkTarget;
  const find = <T extends Element = HTMLElement>(selector: string, within: ParentNode = root) => within.querySelector<T>(selector)!;
  const panel = (view: string) => find(`[data-view-panel="${view}"]`);
  const button = (action: string) => find(`[data-action="${action}"]`);
  let step: ChecklistStep = FIRST_STEP;
  /** How many of this page's own history entries lie behind the current one. */
  let depth = 0;
  /** Red flags the reader has said they are not in danger from: Continue does not stop on them again. */
  const acknowledged = new Set<string>();

  const radios = () => root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  const answers = () => answersFromChoices(root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'));

  /** A copy of a <template> with its slots' text and links filled in. */
  function fromTemplate(name: string, texts: Record<string, string>, links: Record<string, string> = {}): DocumentFragment {
    const fragment = find<HTMLTemplateElement>(`template[data-template="${name}"]`).content.cloneNode(true) as DocumentFragment;
    const slot = <T extends Element>(key: string) => find<T>(`[data-slot="${key}"]`, fragment);
    for (const [key, text] of Object.entries(texts)) slot(key).textContent = text;
    for (const [key, href] of Object.entries(links)) {
      const link = slot<HTMLAnchorElement>(key);
      link.href = href;
      if (linkTarget && !href.startsWith('#')) link.target = linkTarget;
    }
    return fragment;
  }

  const questionLink = (questionId: string) => `${QUESTION_LINK_PREFIX}${questionId}`;

  /** Answer rows with their Change links; each row is marked so that Yes and Not sure stand out. */
  function answerRows(rows: readonly AnswerRow[]): Element[] {
    return rows.map((row) => {
      const fragment = fromTemplate(
        'summary-row',
        { question: `${row.number}. ${row.question}`, answer: row.answer, 'change-context': ` your answer to: ${row.question}` },
        { change: questionLink(row.questionId) }
      );
      const element = fragment.firstElementChild!;
      element.setAttribute('data-mark', row.mark);
      return element;
    });
  }

  function renderCheckAnswers(): void {
    const { toCheck, answeredNo } = answersToReview(checklist, answers());
    find('[data-review="to-check"]').replaceChildren(...answerRows(toCheck));
    find('[data-review="answered-no"]').replaceChildren(...answerRows(answeredNo));
    find('[data-none-to-check]').hidden = toCheck.length > 0;
    find('[data-count-no]').textContent = String(answeredNo.length);
  }

  function renderAllAnswers(): void {
    find('[data-answer-summary]', panel('result')).replaceChildren(
      ...answerSummary(checklist, answers()).map((group) => {
        const section = fromTemplate('summary-group', { title: group.title });
        find('[data-slot="rows"]', section).append(...answerRows(group.rows));
        return section;
      })
    );
  }

  /** Shows the outcome the rules decide, with the answers behind it; returns its heading. */
  function renderResult(): HTMLElement {
    const outcome = evaluateChecklist(checklist, answers());
    const emergency = outcome.tier === 'emergency';
    for (const block of root.querySelectorAll<HTMLElement>('[data-outcome]')) block.hidden = block.dataset.outcome !== outcome.tier;
    const block = find(`[data-outcome="${outcome.tier}"]`);
    const newTab = linkTarget ? ' (opens in a new tab)' : '';
    block.querySelector('[data-flagged-list]')?.replaceChildren(
      ...outcome.flagged.map((flagged) => {
        const item = fromTemplate(
          'flagged-answer',
          { question: flagged.text, answer: ANSWER_LABELS[flagged.answer], why: flagged.why, 'learn-more-context': ` about: ${flagged.text}${newTab}` },
          { 'learn-more': flagged.href }
        );
        // Nothing to read instead of calling for help.
        if (emergency) find('[data-slot="learn-more"]', item).remove();
        return item;
      })
    );
    block.querySelector('[data-unanswered-list]')?.replaceChildren(
      ...outcome.unanswered.map((id) => fromTemplate('unanswered-question', { question: questionText.get(id)! }, { question: questionLink(id) }))
    );
    button('print').hidden = emergency;
    find('[data-all-answers]').hidden = emergency;
    renderAllAnswers();
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    find('[data-print-date]').textContent = `. Result of ${today}`;
    find('[data-paper-date]').textContent = today;
    const heading = find('h2', block);
    heading.tabIndex = -1;
    return heading;
  }

  /** The emergency card for the red flags of the current step; returns its heading. */
  function renderEmergency(groupIndex: number): HTMLElement {
    const ids = emergencyAnswersInGroup(checklist, groupIndex, answers());
    find('[data-emergency-answers]').replaceChildren(
      ...ids.map((id) => Object.assign(document.createElement('li'), { textContent: questionText.get(id)! }))
    );
    return find('#emergency-heading');
  }

  /** Shows one step and returns the heading that focus should move to. */
  function render(next: ChecklistStep): HTMLElement {
    step = next;
    root.dataset.view = step.view;
    root.toggleAttribute('data-at-start', step.view === 'group' && step.index === 0);
    groupSections.forEach((section, index) => section.toggleAttribute('data-current', step.view === 'group' && step.index === index));
    for (const view of ['emergency', 'check-answers', 'result']) panel(view).hidden = step.view !== view;
    button('continue').hidden = step.view !== 'group';
    button('back').hidden = !previousStep(step, groupCount);
    const progress = find<HTMLProgressElement>('[data-progress]');
    const { value, max } = stepProgress(step, groupCount);
    Object.assign(progress, { value, max, hidden: step.view !== 'group' });
    document.title = `${stepTitle(step, groupTitles)} – ${pageTitle}`;
    switch (step.view) {
      case 'group':
        return find('h2', groupSections[step.index]);
      case 'emergency':
        return renderEmergency(step.index);
      case 'check-answers':
        renderCheckAnswers();
        return find('h2', panel('check-answers'));
      case 'result':
        return renderResult();
    }
  }

  /** Shows a step and moves focus to its heading (or to a chosen question), so it is announced. */
  function show(next: ChecklistStep, focusTarget?: HTMLElement): void {
    const heading = render(next);
    (focusTarget ?? heading).focus();
  }

  /** The step to show for `next`: the emergency card first, if a red flag is waiting for it. */
  const guarded = (next: ChecklistStep) => stepBeforeMovingOn(checklist, { from: step, to: next }, answers(), acknowledged);

  const historyState = (shown: ChecklistStep) => ({ ...historyStateFor(shown), depth });
  const here = () => location.pathname + location.search;

  /** Moves on to a step as a new history entry: the URL and its hash stay as they are. */
  function go(next: ChecklistStep, focusTarget?: HTMLElement): void {
    const shown = guarded(next);
    depth += 1;
    history.pushState(historyState(shown), '', here());
    show(shown, shown === next ? focusTarget : undefined);
  }

  /** The choice to focus in a question: the one checked, or the first. */
  function choiceIn(questionId: string): HTMLInputElement {
    const choices = [...root.querySelectorAll<HTMLInputElement>(`input[name="${questionId}"]`)];
    return choices.find((choice) => choice.checked) ?? choices[0]!;
  }

  /** Opens a question's group to change its answer; Continue then returns to "Check your answers". */
  function changeAnswer(questionId: string): void {
    go(changeAnswerStep(groupIndexOf(checklist, questionId)), choiceIn(questionId));
  }

  /**
   * The group of a `#question-<id>` link (from search, or typed), scrolled to that question, which
   * takes focus (the browser moves focus to a link's target too, so the question is focusable).
   */
  function openLinkedQuestion(hash: string): boolean {
    const questionId = decodeURIComponent(hash.slice(QUESTION_LINK_PREFIX.length));
    const groupIndex = hash.startsWith(QUESTION_LINK_PREFIX) ? groupIndexOf(checklist, questionId) : -1;
    if (groupIndex < 0) return false;
    const linked: ChecklistStep = { view: 'group', index: groupIndex, returnToCheck: false };
    history.replaceState(historyState(linked), '', location.href);
    render(linked);
    const question = find(`#question-${CSS.escape(questionId)}`);
    question.scrollIntoView({ block: 'start' });
    question.focus({ preventScroll: true });
    return true;
  }

  function startOver(): void {
    for (const choice of radios()) choice.checked = false;
    acknowledged.clear();
    for (const list of root.querySelectorAll('[data-answer-summary], [data-flagged-list], [data-review], [data-unanswered-list], [data-emergency-answers]')) {
      list.replaceChildren();
    }
    go(FIRST_STEP);
  }

  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>(`a[href^="${QUESTION_LINK_PREFIX}"]`);
    if (link) {
      event.preventDefault(); // keeps the URL as it was
      changeAnswer(link.hash.slice(QUESTION_LINK_PREFIX.length));
      return;
    }
    switch (event.target.closest<HTMLElement>('[data-action]')?.dataset.action) {
      case 'continue':
      case 'see-result':
        return go(nextStep(step, groupCount));
      case 'not-in-danger':
        emergencyAnswersInGroup(checklist, step.view === 'emergency' ? step.index : -1, answers()).forEach((id) => acknowledged.add(id));
        return go(nextStep(step, groupCount));
      case 'back': {
        // Back to where the reader came from, as the browser's Back does; the step before, after a deep link.
        if (depth > 0) return history.back();
        const previous = previousStep(step, groupCount);
        return previous && go(previous);
      }
      case 'print':
        return window.print();
      case 'start-over':
        return startOver();
    }
  });

  // Back and Forward: the history entry names the step; a #question- link names a question.
  addEventListener('popstate', (event) => {
    const fromHistory = stepFromHistory(event.state, groupCount);
    if (!fromHistory) return void openLinkedQuestion(location.hash);
    depth = (event.state as { depth?: number }).depth ?? 0;
    const shown = guarded(fromHistory);
    if (shown !== fromHistory) history.replaceState(historyState(shown), '', location.href);
    show(shown);
  });

  const clinicName = clinicNameFromSearch(location.search);
  if (clinicName) {
    find('[data-clinic-name]').textContent = clinicName;
    find('[data-clinic-note]').hidden = false;
  }
  // A reload keeps nothing: the browser may have filled in the choices, so they are cleared.
  for (const choice of radios()) choice.checked = false;
  if (!openLinkedQuestion(location.hash)) {
    history.replaceState(historyState(FIRST_STEP), '', location.href);
    render(FIRST_STEP);
  }

  // In a clinic's frame, the page tells the frame's parent its height, and nothing else: a number,
  // never an answer. The clinic's resize script accepts it only from this site and this frame.
  if (root.dataset.embedded !== undefined && window.parent !== window) {
    const main = root.closest('main') ?? root;
    const postHeight = () => window.parent.postMessage(Math.ceil(main.getBoundingClientRect().bottom + window.scrollY), '*');
    new ResizeObserver(postHeight).observe(main);
  }
}

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) enhance(root);
