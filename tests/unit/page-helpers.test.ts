import { describe, expect, it } from 'vitest';
import { groupByInitial, letterAnchor } from '../../src/lib/alphabet.ts';
import { keepBracketsWithTerms } from '../../src/lib/term-brackets.ts';
import { withTableHeaders } from '../../src/lib/table-headers.ts';
import { pictureText } from '../../src/lib/pictures.ts';

describe('groupByInitial', () => {
  const terms = ['aneurysm', 'Blinding', 'bias', 'Émile', '5-gram', 'zeta'];
  const groups = groupByInitial(terms, (term) => term);

  it('keeps all 26 letters, in order, with the empty ones', () => {
    expect(groups.slice(0, 26).map((group) => group.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(groups.find((group) => group.letter === 'C')!.items).toEqual([]);
  });

  it('files names by their first letter, ignoring case and accents, keeping their order', () => {
    expect(groups.find((group) => group.letter === 'B')!.items).toEqual(['Blinding', 'bias']);
    expect(groups.find((group) => group.letter === 'E')!.items).toEqual(['Émile']);
  });

  it('puts names that start with no letter under "#" at the end, only when there are some', () => {
    expect(groups.at(-1)).toEqual({ letter: '#', items: ['5-gram'] });
    expect(groupByInitial(['a'], (term) => term)).toHaveLength(26);
  });

  it('gives each letter an anchor', () => {
    expect(letterAnchor('Q')).toBe('letter-q');
    expect(letterAnchor('#')).toBe('letter-other');
  });
});

describe('keepBracketsWithTerms', () => {
  const term = '<button type="button" class="term" data-astro-cid-x popovertarget="term-tbi">traumatic brain injury</button>';

  it('wraps an opening bracket and the glossary word after it so no line breaks between them', () => {
    expect(keepBracketsWithTerms(`a head injury (${term}<span popover>…</span>)`)).toBe(
      `a head injury <span class="nowrap">(${term}</span><span popover>…</span>)`
    );
  });

  it('leaves other brackets and glossary words alone', () => {
    const html = `(a note) and ${term} and (<button class="other">x</button>)`;
    expect(keepBracketsWithTerms(html)).toBe(html);
  });
});

describe('withTableHeaders', () => {
  it('scopes the column headers and turns the first cell of each body row into a row header', () => {
    const table = '<thead><tr><th>What differs</th><th>A</th></tr></thead><tbody><tr><td>Touch</td><td>Light</td></tr>\n<tr><td align="left">Clothes</td><td>On</td></tr></tbody>';
    expect(withTableHeaders(table)).toBe(
      '<thead><tr><th scope="col">What differs</th><th scope="col">A</th></tr></thead><tbody><tr><th scope="row">Touch</th><td>Light</td></tr>\n<tr><th scope="row" align="left">Clothes</th><td>On</td></tr></tbody>'
    );
  });
});

describe('pictureText', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300" role="img">
<title id="title">The skull &amp; its seams</title><desc id="desc">Bones meet at
  wavy seams.</desc><text>Frontal</text></svg>`;

  it('reads the title, the description and the size from the file', () => {
    expect(pictureText(svg, 'skull.svg')).toEqual({ title: 'The skull & its seams', description: 'Bones meet at wavy seams.', width: 400, height: 300 });
  });

  it('fails naming the file and what is missing', () => {
    expect(() => pictureText(svg.replace(/<desc[\s\S]*<\/desc>/, ''), 'skull.svg')).toThrow('skull.svg: the picture has no description');
    expect(() => pictureText(svg.replace(' width="400"', ''), 'skull.svg')).toThrow('skull.svg: the picture has no width');
  });
});
