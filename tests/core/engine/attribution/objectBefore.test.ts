import { describe, expect, test } from 'vitest';
import { objectBefore } from '../../../../src/core/engine/attribution/objectBefore';
import { analyze, attribution } from './helpers';

// wikinews-delhi-women-commission-head-capital-punishment-child-rape-2018-01-31 (dev half since session 36).
const DELHI = analyze(
  'India: Head of Delhi Commission on Women calls for prompt capital punishment for child rape',
  "On Wednesday, following the rape in India's capital, New Delhi, of an eight-month-old girl, Swati Maliwal, head of the Delhi Commission for Women, announced she was beginning a 30-day Satyagrah Aandolan —a form of non-violent civil protest— to persuade the Government of India to impose the death penalty promptly when offenders rape children. She asked for others to join in her protest action.",
  'After Ms Maliwal visited the baby\'s hospital, she tweeted: "How can Delhi sleep today when 8 month baby has been brutally raped in Capital? Have we become so insensitive or we have simply accepted this as our fate?", and addressed Prime Minister Narendra Modi demanding "stricter laws and more police resources" to combat rape. She said the baby\'s internal injuries were "horrific" and "inhuman" and had required three hours on the operating table to repair, and she could "still hear her screams and cries".',
);

describe('a person named right after a past verb is its object, not the speaker of a participle after it', () => {
  test('"… and addressed Prime Minister Narendra Modi demanding "…"": the one addressed demands nothing', () => {
    expect(attribution(DELHI, 'stricter laws and more police resources').speaker).toBeNull();
  });

  test('"She said" after it is the woman who tweeted, not the man addressed', () => {
    expect(attribution(DELHI, "the baby's internal injuries were")).toMatchObject({ speaker: 'Swati Maliwal', resolution: 'pronoun' });
    expect(attribution(DELHI, 'still hear her screams and cries').speaker).toBe('Swati Maliwal');
  });

  test('only a person: a document after a past verb speaks ("passed a resolution calling on …")', () => {
    expect(objectBefore('Romanian lawmakers have expressed solidarity with the families of the hostages, and passed ', true)).toBe(true);
    expect(objectBefore('Romanian lawmakers have expressed solidarity with the families of the hostages, and passed ', false)).toBe(false);
  });

  test('a past participle naming or describing the person is no verb of which they are the object', () => {
    expect(objectBefore('A man named ', true)).toBe(false);
    expect(objectBefore('Speaking later, the newly elected ', true)).toBe(false);
  });
});
