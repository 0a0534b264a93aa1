import { z } from 'astro/zod';
import { typographicQuotes } from '../typography.ts';

/** Lower-case words joined by hyphens: the form every id and slug takes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' });

/**
 * A calendar date written YYYY-MM-DD. YAML parsers may hand over a Date or a string; both are
 * accepted, and impossible dates such as 2026-02-30 are rejected rather than rolled over.
 */
export const calendarDateSchema = z.union([z.date(), z.string()]).transform((value, context) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    context.addIssue({ code: 'custom', message: 'must be a real date written YYYY-MM-DD' });
    return z.NEVER;
  }
  return date;
});

/**
 * Plain text that must not be empty or a leftover placeholder. Its straight quotes and
 * apostrophes become typographic ones, so every page shows one style (see typography.ts).
 */
export const proseSchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((text) => !/\b(TODO|TBD|FIXME|lorem ipsum|placeholder)\b/i.test(text), {
    error: 'contains a placeholder (TODO, TBD, FIXME, lorem ipsum, placeholder)',
  })
  .transform(typographicQuotes);
