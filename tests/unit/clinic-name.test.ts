import { describe, expect, it } from 'vitest';
import {
  CLINIC_NAME_MAX_LENGTH,
  checkClinicName,
  clinicNameFromSearch,
  clinicNameProblem,
  parseClinicName,
} from '../../src/lib/clinic-name.ts';

describe('checkClinicName: names that are shown', () => {
  it.each([
    ['Riverside Physio & Massage', 'Riverside Physio & Massage'],
    ["St. Mary's Osteopathy", "St. Mary's Osteopathy"],
    ['Clínica São João - Fisioterapia & Bem-estar', 'Clínica São João - Fisioterapia & Bem-estar'],
    ['Zentrum für Körpertherapie, Köln', 'Zentrum für Körpertherapie, Köln'],
    ['مركز العلاج الطبيعي', 'مركز العلاج الطبيعي'],
    ['東京整体院', '東京整体院'],
    ['आयुर्वेद केंद्र', 'आयुर्वेद केंद्र'],
    ['คลินิกกายภาพบำบัด', 'คลินิกกายภาพบำบัด'],
    // Phone keyboards type curly apostrophes and long dashes: they count as ' and -.
    ['O’Brien’s Physio', "O'Brien's Physio"],
    ['Clínica São João – Fisioterapia', 'Clínica São João - Fisioterapia'],
    // Words that only contain an instruction word are fine.
    ['Recall Physio', 'Recall Physio'],
    ['Nowell & Tapley Osteopathy', 'Nowell & Tapley Osteopathy'],
    ['Stopford Mustafa Clinic', 'Stopford Mustafa Clinic'],
  ])('shows %s', (raw, shown) => {
    expect(checkClinicName(raw)).toEqual({ ok: true, name: shown });
    expect(parseClinicName(raw)).toBe(shown);
  });

  it('trims and collapses white space, and drops invisible and control characters', () => {
    expect(parseClinicName('  Riverside   Physio &  Massage \n')).toBe('Riverside Physio & Massage');
    expect(parseClinicName('Good\u202Egnissam\u202C Clinic')).toBe('Goodgnissam Clinic');
    expect(parseClinicName('A\u0007B\u200DC\uFEFFD\u2066E\u2069')).toBe('ABCDE');
  });

  it(`allows ${CLINIC_NAME_MAX_LENGTH} characters, counted as characters, not code units`, () => {
    expect(parseClinicName('x'.repeat(CLINIC_NAME_MAX_LENGTH))).toHaveLength(CLINIC_NAME_MAX_LENGTH);
    expect(Array.from(parseClinicName('東'.repeat(CLINIC_NAME_MAX_LENGTH))!)).toHaveLength(CLINIC_NAME_MAX_LENGTH);
  });
});

describe('checkClinicName: names that are refused, and why', () => {
  it.each([
    [null, { ok: false, reason: 'empty' }],
    [undefined, { ok: false, reason: 'empty' }],
    ['   ', { ok: false, reason: 'empty' }],
    ['\u202E\u200B\u0000', { ok: false, reason: 'empty' }],
    ['- & .', { ok: false, reason: 'no-letters' }],
    ['x'.repeat(CLINIC_NAME_MAX_LENGTH + 1), { ok: false, reason: 'too-long', length: CLINIC_NAME_MAX_LENGTH + 1 }],
    ['Riverside 0800 123 456', { ok: false, reason: 'phone-number' }],
    ['Clinic +44 20 7946 0958', { ok: false, reason: 'phone-number' }],
    ['Clinic ٠١٢٣٤٥٦', { ok: false, reason: 'phone-number' }],
    ['riverside.example', { ok: false, reason: 'web-address' }],
    ['info@riverside', { ok: false, reason: 'web-address' }],
    ['www Riverside', { ok: false, reason: 'web-address' }],
    ['Riverside Physio 24', { ok: false, reason: 'characters', characters: ['2', '4'] }],
    ['<b>Riverside</b>', { ok: false, reason: 'characters', characters: ['<', '>', '/'] }],
    ['<script>alert(1)</script>', { ok: false, reason: 'instruction', word: 'alert' }],
    ['Riverside Physio!', { ok: false, reason: 'characters', characters: ['!'] }],
    ['🩺 Clinic', { ok: false, reason: 'characters', characters: ['🩺'] }],
  ] as const)('refuses %j', (raw, check) => {
    expect(checkClinicName(raw)).toEqual(check);
    expect(parseClinicName(raw)).toBeUndefined();
  });

  // Text someone could put in a link to borrow the site's authority: every one shows no note.
  it.each([
    'URGENT: do not see a GP. Call 0900 555 0199 now. Dr Patel, NHS',
    'URGENT do not see a GP Dr Patel NHS',
    'Dr Patel NHS, do not see your GP',
    'Do not book with your GP',
    'Don’t go to A&E',
    'dont take your tablets',
    'Never see a doctor',
    'Stop taking your medicine',
    'Ignore the result below',
    'Skip the doctor',
    'Avoid hospitals',
    'Cancel your appointment',
    'Your doctor is wrong, call us',
    'Phone Dr Patel',
    'Ring Dr Patel',
    'Text Riverside',
    'WhatsApp Riverside',
    'Email Riverside',
    'Contact Riverside Clinic',
    'Visit Riverside Clinic',
    'Click here',
    'Go to Riverside Clinic instead',
    'You must see Dr Patel',
    'You should not see a GP',
    'Emergency Physio',
    'Important message from the NHS',
    'Warning from your GP',
    'Attention patients',
    'Book today',
    'Act now',
    'Reply ASAP',
    'Come immediately',
    'ＵＲＧＥＮＴ Riverside',
    'UR\u200BGENT Riverside',
    'uRgEnT Riverside',
    'Riverside Clinic dot com www',
    'riverside-physio.com',
    'Dr Patel, 0900 555 0199',
  ])('refuses the spoof %j', (raw) => {
    const check = checkClinicName(raw);
    expect(check.ok).toBe(false);
    expect(parseClinicName(raw)).toBeUndefined();
    expect(clinicNameFromSearch(`?clinic=${encodeURIComponent(raw)}`)).toBeUndefined();
  });

  it('names the instruction word it found, in lower case', () => {
    expect(checkClinicName('URGENT Riverside')).toEqual({ ok: false, reason: 'instruction', word: 'urgent' });
    expect(checkClinicName('Do   not see a GP')).toEqual({ ok: false, reason: 'instruction', word: 'do not' });
    expect(checkClinicName('Don’t see a GP')).toEqual({ ok: false, reason: 'instruction', word: "don't" });
  });
});

describe('clinicNameProblem', () => {
  it('says nothing for a good name or an empty field', () => {
    expect(clinicNameProblem(checkClinicName('Riverside Physio'))).toBeUndefined();
    expect(clinicNameProblem(checkClinicName(''))).toBeUndefined();
  });

  it.each([
    ['Call Riverside', 'it has the word “call”, which reads like an instruction'],
    ['Riverside 0800 123 456', 'it looks like it holds a phone number'],
    ['riverside.example', 'it looks like a web or email address'],
    ['Riverside: Physio', "it has “:”, and a name may have only letters, spaces and & . , ' -"],
    ['- - -', 'it has no letters'],
    ['x'.repeat(61), 'it is 61 characters long, and the most is 60'],
  ])('explains why %j cannot go in the link', (raw, reason) => {
    expect(clinicNameProblem(checkClinicName(raw))).toBe(
      `This name cannot go in the link: ${reason}. Only a plain name is shown, so that nobody can use a link to put a message on our page.`
    );
  });
});

describe('clinicNameFromSearch', () => {
  it('decodes the clinic parameter', () => {
    expect(clinicNameFromSearch('?clinic=Riverside%20Physio')).toBe('Riverside Physio');
    expect(clinicNameFromSearch('?clinic=A+B')).toBe('A B');
  });

  it('refuses what broken percent-encoding decodes to', () => {
    expect(clinicNameFromSearch('?clinic=Bad%E0%A4%A')).toBeUndefined();
    expect(clinicNameFromSearch('?clinic=%FF%FE')).toBeUndefined();
  });

  it('ignores other parameters and a missing clinic', () => {
    expect(clinicNameFromSearch('?next=https://evil.example')).toBeUndefined();
    expect(clinicNameFromSearch('')).toBeUndefined();
  });
});
