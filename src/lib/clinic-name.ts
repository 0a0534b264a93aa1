/** Longest clinic name shown, in characters (code points). */
export const CLINIC_NAME_MAX_LENGTH = 80;

// Control characters (Cc), formatting characters such as direction overrides and zero-width
// joiners (Cf), unassigned and private-use code points, lone surrogates, and the replacement
// character that broken percent-encoding decodes to.
const DROPPED = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\uFFFD]/gu;

/**
 * The clinic name from a `?clinic=` value, as plain text to put in a text node: odd characters
 * dropped, white space collapsed, trimmed, at most 80 characters. `undefined` when nothing is left.
 * It is never HTML: callers must set it with textContent, never innerHTML.
 */
export function parseClinicName(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  const cleaned = raw.normalize('NFC').replace(DROPPED, '').replace(/\s+/gu, ' ').trim();
  const name = Array.from(cleaned).slice(0, CLINIC_NAME_MAX_LENGTH).join('').trim();
  return name || undefined;
}

/** Reads the clinic name from a URL's query string (`?clinic=NAME`). */
export function clinicNameFromSearch(search: string): string | undefined {
  return parseClinicName(new URLSearchParams(search).get('clinic'));
}
