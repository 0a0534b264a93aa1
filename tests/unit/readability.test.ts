import { describe, expect, it } from 'vitest';
import { measureReadability, splitSentences } from '../../src/lib/readability.ts';
import { countProseWords, mdxToPlainText } from '../../src/lib/mdx-text.ts';

describe('measureReadability', () => {
  it('scores short plain sentences at a low grade', () => {
    const report = measureReadability('The cat sat on the mat. It was warm. We had tea.');
    expect(report.sentences).toBe(3);
    expect(report.words).toBe(12);
    expect(report.grade).toBeLessThan(2);
  });

  it('scores long sentences of long words at a high grade', () => {
    const report = measureReadability(
      'Craniosacral practitioners hypothesise that imperceptible physiological oscillations of cerebrospinal fluid characterise neurological regulation.'
    );
    expect(report.grade).toBeGreaterThan(16);
  });

  it('treats each line as its own sentence, so headings do not run into paragraphs', () => {
    expect(splitSentences('What to expect\nYou lie down. You stay dressed.')).toEqual([
      'What to expect',
      'You lie down.',
      'You stay dressed.',
    ]);
  });

  it('returns zeros for text with no words', () => {
    expect(measureReadability('2020 — 5').words).toBe(0);
  });
});

describe('mdxToPlainText', () => {
  const body = [
    '---',
    'title: x',
    '---',
    '## What is it?',
    'A <Term id="sacrum">sacrum</Term> is a bone.<Cite id="haller-2020" />',
    '',
    '<CareCard level="ask-doctor" title="Ask a doctor first if:">',
    '',
    '- you had a [head injury](/articles/x/)',
    '',
    '</CareCard>',
  ].join('\n');

  it('keeps prose, glossary words, card titles and link text; drops citations and markup', () => {
    expect(mdxToPlainText(body)).toBe(
      ['What is it?', 'A sacrum is a bone.', 'Ask a doctor first if:', 'you had a head injury'].join('\n')
    );
  });

  it('counts the words a reader sees', () => {
    expect(countProseWords(body)).toBe(18);
  });
});
