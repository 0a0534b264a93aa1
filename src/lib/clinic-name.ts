// The clinic name in a checklist link (`?clinic=NAME`). Anyone can write any text into a link,
// and the page shows the name near its own title, so only text that looks like a name is shown:
// letters in any script, spaces and & . , ' - , with nothing that reads as a phone number, a web or
// mail address, or an instruction. Anything else is refused, and the page then shows no note.

/** Longest clinic name shown, in characters (code points). */
export const CLINIC_NAME_MAX_LENGTH = 60;

/** The punctuation a name may have besides letters and spaces, as the clinics page lists it. */
export const CLINIC_NAME_PUNCTUATION = "& . , ' -";

// Control characters (Cc), formatting characters such as direction overrides and zero-width
// joiners (Cf), unassigned and private-use code points, lone surrogates, and the replacement
// character that broken percent-encoding decodes to.
const DROPPED = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\uFFFD]/gu;
// Phone keyboards type curly apostrophes and long dashes: they count as ' and -.
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

const ALLOWED = /^[\p{L}\p{M} &.,'-]+$/u;
const NOT_ALLOWED = /[^\p{L}\p{M} &.,'-]/gu;
/** Five digits in any script, however spaced, read as a phone number. */
const PHONE_NUMBER = /(?:\p{Nd}\D{0,2}){5}/u;
const WEB_OR_MAIL_ADDRESS = /@|:\/\/|\bwww\b|\bhttps?\b|\.\p{L}{2,}(?![\p{L}\p{M}])/iu;
/**
 * Words that make a name read as an instruction or a warning to the reader ("URGENT: do not see
 * a GP, call..."). A clinic whose name holds one is told so on /for-clinics/.
 */
const INSTRUCTION_WORDS = [
  'urgent', 'urgently', 'emergency', 'warning', 'alert', 'important', 'attention', 'danger',
  'call', 'phone', 'ring', 'dial', 'text', 'sms', 'whatsapp', 'email', 'e-mail', 'message', 'contact',
  'click', 'tap', 'visit', 'go to', 'do not', "don't", 'dont', 'never', 'stop', 'avoid', 'ignore',
  'skip', 'cancel', 'instead', 'must', 'should', 'immediately', 'now', 'today', 'asap',
];
const INSTRUCTION = new RegExp(
  `(?<![\\p{L}\\p{M}'])(${INSTRUCTION_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`,
  'iu'
);

/** What checking a clinic name found: the name to show, or why none is shown. */
export type ClinicNameCheck =
  | { ok: true; name: string }
  | { ok: false; reason: 'empty' | 'no-letters' | 'phone-number' | 'web-address' }
  | { ok: false; reason: 'instruction'; word: string }
  | { ok: false; reason: 'characters'; characters: string[] }
  | { ok: false; reason: 'too-long'; length: number };

/**
 * Checks a `?clinic=` value: odd and invisible characters are dropped and white space collapsed
 * first, then the rest must look like a clinic's name. The name is never HTML: callers must set
 * it with textContent, never innerHTML.
 */
export function checkClinicName(raw: string | null | undefined): ClinicNameCheck {
  const name = (raw ?? '')
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  // The checks read the name with look-alike forms folded (full-width ＵＲＧＥＮＴ, ligatures,
  // circled letters), so that they cannot slip a word past them; the name is shown as typed.
  const folded = name.normalize('NFKC');
  if (!name) return { ok: false, reason: 'empty' };
  if (PHONE_NUMBER.test(folded)) return { ok: false, reason: 'phone-number' };
  if (WEB_OR_MAIL_ADDRESS.test(folded)) return { ok: false, reason: 'web-address' };
  const instruction = INSTRUCTION.exec(folded);
  if (instruction) return { ok: false, reason: 'instruction', word: instruction[1]!.toLowerCase().replace(/\s+/g, ' ') };
  if (!ALLOWED.test(name) || !ALLOWED.test(folded)) return { ok: false, reason: 'characters', characters: notAllowed(`${name}${folded}`) };
  if (!/\p{L}/u.test(folded)) return { ok: false, reason: 'no-letters' };
  const length = Array.from(name).length;
  if (length > CLINIC_NAME_MAX_LENGTH) return { ok: false, reason: 'too-long', length };
  return { ok: true, name };
}

/** The characters of a name that a name may not have, each once, in the order they come. */
function notAllowed(name: string): string[] {
  return [...new Set(name.match(NOT_ALLOWED) ?? [])];
}

/** The clinic name to show, or undefined when the value is missing or refused. */
export function parseClinicName(raw: string | null | undefined): string | undefined {
  const check = checkClinicName(raw);
  return check.ok ? check.name : undefined;
}

/** Reads the clinic name from a URL's query string (`?clinic=NAME`). */
export function clinicNameFromSearch(search: string): string | undefined {
  return parseClinicName(new URLSearchParams(search).get('clinic'));
}

/**
 * Why a name cannot go in the link, in a sentence for the clinic typing it; undefined for a name
 * that is fine or a field left empty.
 */
export function clinicNameProblem(check: ClinicNameCheck): string | undefined {
  if (check.ok || check.reason === 'empty') return undefined;
  const reasons = {
    'no-letters': 'it has no letters',
    'phone-number': 'it looks like it holds a phone number',
    'web-address': 'it looks like a web or email address',
    instruction: `it has the word “${'word' in check ? check.word : ''}”, which reads like an instruction`,
    characters: `it has ${'characters' in check ? check.characters.map((character) => `“${character}”`).join(' ') : ''}, and a name may have only letters, spaces and ${CLINIC_NAME_PUNCTUATION}`,
    'too-long': `it is ${'length' in check ? check.length : ''} characters long, and the most is ${CLINIC_NAME_MAX_LENGTH}`,
  } as const;
  return `This name cannot go in the link: ${reasons[check.reason]}. Only a plain name is shown, so that nobody can use a link to put a message on our page.`;
}
