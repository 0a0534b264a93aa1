// Turns the server-rendered paper form into steps, a "Check your answers" list and a result.
// Private by construction: it makes no request, stores nothing and never touches the URL; the
// answers live only in the radio buttons. What the result says is decided by src/lib alone, and
// every piece of text goes in with textContent, never as HTML.
import { ANSWER_LABELS, evaluateChecklist } from '../lib/checklist.ts';
import {
  FIRST_STEP,
  answerSummary,
  answersFromChoices,
  changeAnswerStep,
  groupIndexOf,
  nextStep,
  previousStep,
  stepTitle,
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
    groups: [...root.querySelectorAll<HTMLElement>('[data-group]')].map((group) => ({
      id: group.dataset.group!,
      title: textOf(group.querySelector('[data-group-title]')),
      rule: textOf(group.querySelector('[data-group-rule]')),
      questions: [...group.querySelectorAll<HTMLElement>('[data-question]')].map((question) => ({
        id: question.dataset.question!,
        text: textOf(question.querySelector('legend')),
        why: textOf(question.querySelector('[data-why]')),
        // Written by the build from the validated checklist.
        tier: question.dataset.tier as Tier,
        learnMore: { article: question.dataset.article!, section: question.dataset.section! },
        // Sources are cited on the articles; the result does not list them.
        sources: [],
      })),
    })),
  };
}

function enhance(root: HTMLElement): void {
  const checklist = readChecklist(root);
  const groupCount = checklist.groups.length;
  const groupTitles = checklist.groups.map((group) => group.title);
  const groupSections = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const pageTitle = document.title;
  // In a clinic's frame, links to the site's articles open in a new tab (the articles refuse frames).
  const linkTarget = root.dataset.linkTarget;
  const find = <T extends Element = HTMLElement>(selector: string, within: ParentNode = root) => within.querySelector<T>(selector)!;
  const panel = (view: string) => find(`[data-view-panel="${view}"]`);
  const button = (action: string) => find(`[data-action="${action}"]`);
  let step: ChecklistStep = FIRST_STEP;

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

  function renderAnswerSummary(container: Element): void {
    container.replaceChildren(
      ...answerSummary(checklist, answers()).map((group) => {
        const section = fromTemplate('summary-group', { title: group.title });
        find('[data-slot="rows"]', section).append(
          ...group.rows.map((row) =>
            fromTemplate(
              'summary-row',
              { question: row.question, answer: row.answer, 'change-context': ` your answer to: ${row.question}` },
              { change: questionLink(row.questionId) }
            )
          )
        );
        return section;
      })
    );
  }

  /** Shows the outcome the rules decide, with the answers behind it; returns its heading. */
  function renderResult(): HTMLElement {
    const outcome = evaluateChecklist(checklist, answers());
    for (const block of root.querySelectorAll<HTMLElement>('[data-outcome]')) block.hidden = block.dataset.outcome !== outcome.tier;
    const block = find(`[data-outcome="${outcome.tier}"]`);
    const newTab = linkTarget ? ' (opens in a new tab)' : '';
    block.querySelector('[data-flagged-list]')?.replaceChildren(
      ...outcome.flagged.map((flagged) =>
        fromTemplate(
          'flagged-answer',
          { question: flagged.text, answer: ANSWER_LABELS[flagged.answer], why: flagged.why, 'learn-more-context': ` about: ${flagged.text}${newTab}` },
          { 'learn-more': flagged.href }
        )
      )
    );
    const questionText = new Map(checklist.groups.flatMap((group) => group.questions.map((question) => [question.id, question.text])));
    block.querySelector('[data-unanswered-list]')?.replaceChildren(
      ...outcome.unanswered.map((id) => fromTemplate('unanswered-question', { question: questionText.get(id)! }, { question: questionLink(id) }))
    );
    const heading = find('h2', block);
    heading.tabIndex = -1;
    return heading;
  }

  /** Shows one step and returns the heading that focus should move to. */
  function render(next: ChecklistStep): HTMLElement {
    step = next;
    root.dataset.view = step.view;
    groupSections.forEach((section, index) => section.toggleAttribute('data-current', step.view === 'group' && step.index === index));
    panel('check-answers').hidden = step.view !== 'check-answers';
    panel('result').hidden = step.view !== 'result';
    button('continue').hidden = step.view !== 'group';
    button('back').hidden = !previousStep(step, groupCount);
    document.title = `${stepTitle(step, groupTitles)} – ${pageTitle}`;
    if (step.view === 'group') return find('h2', groupSections[step.index]);
    renderAnswerSummary(find('[data-answer-summary]', panel(step.view)));
    return step.view === 'result' ? renderResult() : find('h2', panel(step.view));
  }

  /** Moves to a step; focus goes to its heading (or to a chosen question) so it is announced. */
  function go(next: ChecklistStep, focusTarget?: HTMLElement): void {
    const heading = render(next);
    (focusTarget ?? heading).focus();
  }

  /** Opens a question's group to change its answer; Continue then returns to "Check your answers". */
  function changeAnswer(questionId: string): void {
    const choices = [...root.querySelectorAll<HTMLInputElement>(`input[name="${questionId}"]`)];
    go(changeAnswerStep(groupIndexOf(checklist, questionId)), choices.find((choice) => choice.checked) ?? choices[0]);
  }

  function startOver(): void {
    for (const choice of root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) choice.checked = false;
    for (const list of root.querySelectorAll('[data-answer-summary], [data-flagged-list], [data-unanswered-list]')) list.replaceChildren();
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
      case 'back': {
        const previous = previousStep(step, groupCount);
        return previous && go(previous);
      }
      case 'print':
        return window.print();
      case 'start-over':
        return startOver();
    }
  });

  const clinicName = clinicNameFromSearch(location.search);
  if (clinicName) {
    find('[data-clinic-name]').textContent = clinicName;
    find('[data-clinic-note]').hidden = false;
  }
  find('[data-steps-only]').hidden = false;
  render(FIRST_STEP);
}

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) enhance(root);
