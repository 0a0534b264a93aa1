import { describe, expect, it } from 'vitest';
import { proseSchema } from '../../src/lib/schemas/common.ts';
import { straightQuotes, typographicQuotes } from '../../src/lib/typography.ts';

describe('typographicQuotes', () => {
  it('turns apostrophes, in a word or after one, into ’', () => {
    expect(typographicQuotes("What the evidence says, and what it doesn't")).toBe('What the evidence says, and what it doesn’t');
    expect(typographicQuotes("the publisher's page, going by parents' diaries")).toBe('the publisher’s page, going by parents’ diaries');
  });

  it('opens a quote after a space or bracket and closes it elsewhere, single or double', () => {
    expect(typographicQuotes(`Choose "Not sure" ('I do not know').`)).toBe('Choose “Not sure” (‘I do not know’).');
    expect(typographicQuotes(`"Worse" or 'much worse'`)).toBe('“Worse” or ‘much worse’');
  });

  it('leaves text without straight quotes as it is, and straightQuotes undoes it', () => {
    const text = 'Tell your therapist’s “front desk”';
    expect(typographicQuotes(text)).toBe(text);
    expect(straightQuotes(typographicQuotes(`a "b" c's 'd'`))).toBe(`a "b" c's 'd'`);
  });

  it('is applied to every prose field of the content data', () => {
    expect(proseSchema.parse("  Talk to your child's doctor  ")).toBe('Talk to your child’s doctor');
  });
});
