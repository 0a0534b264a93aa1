/** Groups items under the letters A to Z for an A-Z bar: every letter is kept, empty ones too. */

export interface LetterGroup<T> {
  /** The capital letter, "A" to "Z". */
  letter: string;
  items: T[];
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Items under their first letter, in A-Z order, keeping the items' own order within a letter.
 * Names that start with anything but a Latin letter (a digit, a bracket) go under "#" at the end.
 */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): LetterGroup<T>[] {
  const initial = (item: T) => {
    const first = nameOf(item)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()
      .charAt(0)
      .toUpperCase();
    return LETTERS.includes(first) ? first : '#';
  };
  const groups = LETTERS.map((letter) => ({ letter, items: items.filter((item) => initial(item) === letter) }));
  const others = items.filter((item) => initial(item) === '#');
  return others.length ? [...groups, { letter: '#', items: others }] : groups;
}

/** The id of a letter's section on the page, e.g. "letter-a". */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}
