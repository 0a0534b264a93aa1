import { describe, expect, it } from 'vitest';
import { CLINIC_NAME_MAX_LENGTH, clinicNameFromSearch, parseClinicName } from '../../src/lib/clinic-name.ts';

describe('parseClinicName', () => {
  it('keeps an ordinary name, trimmed, with inner white space collapsed', () => {
    expect(parseClinicName('  Riverside   Physio &  Massage \n')).toBe('Riverside Physio & Massage');
  });

  it('returns undefined for a missing, empty or all-invisible value', () => {
    expect(parseClinicName(null)).toBeUndefined();
    expect(parseClinicName(undefined)).toBeUndefined();
    expect(parseClinicName('   ')).toBeUndefined();
    expect(parseClinicName('\u202E\u200B\u0000')).toBeUndefined();
  });

  it('drops control characters, direction overrides and zero-width characters', () => {
    expect(parseClinicName('Good\u202Egnissam\u202C Clinic')).toBe('Goodgnissam Clinic');
    expect(parseClinicName('A\u0007B\u200DC\uFEFFD\u2066E\u2069')).toBe('ABCDE');
  });

  it('keeps markup as literal text (it is never parsed as HTML)', () => {
    expect(parseClinicName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(parseClinicName('&lt;b&gt;')).toBe('&lt;b&gt;');
  });

  it(`cuts names to ${CLINIC_NAME_MAX_LENGTH} characters without splitting a character`, () => {
    expect(parseClinicName('x'.repeat(10_000))).toHaveLength(CLINIC_NAME_MAX_LENGTH);
    const emoji = parseClinicName('🙂'.repeat(100))!;
    expect(Array.from(emoji)).toHaveLength(CLINIC_NAME_MAX_LENGTH);
    expect(emoji).toBe('🙂'.repeat(CLINIC_NAME_MAX_LENGTH));
  });

  it('keeps accented and non-Latin names', () => {
    expect(parseClinicName('Clínica São João')).toBe('Clínica São João');
    expect(parseClinicName('مركز العلاج')).toBe('مركز العلاج');
  });
});

describe('clinicNameFromSearch', () => {
  it('decodes the clinic parameter', () => {
    expect(clinicNameFromSearch('?clinic=Riverside%20Physio')).toBe('Riverside Physio');
    expect(clinicNameFromSearch('?clinic=A+B')).toBe('A B');
  });

  it('drops what broken percent-encoding decodes to', () => {
    // A truncated escape stays as literal text; the undecodable bytes are dropped.
    expect(clinicNameFromSearch('?clinic=Bad%E0%A4%A')).toBe('Bad%A');
    expect(clinicNameFromSearch('?clinic=%FF%FE')).toBeUndefined();
  });

  it('ignores other parameters and a missing clinic', () => {
    expect(clinicNameFromSearch('?next=https://evil.example')).toBeUndefined();
  });
});
