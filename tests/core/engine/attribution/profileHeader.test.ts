import { describe, expect, test } from 'vitest';
import { profileFieldLine } from '../../../../src/core/engine/attribution/profileHeader';
import { foreignProse } from '../../../../src/core/engine/attribution/sieves/translation';

// profileHeader.ts: the `Name:` / `Title:` / `Organization:` lines heading a staff profile are a record's fields.

// NASA, "Michael Thorpe Studies Sediment from Source to Sink" (public domain; development half,
// usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01), and "Sislyn ‘Pauline’ Barrett: Procuring the Perfect
// Engineering Services" (public domain, not in the corpus: katie-hofschen/NASA_RAG nasa_articles/nasa_article_840.md).
const HEADER = [
  'Name: Michael Thorpe',
  'Title: Sedimentary and Planetary Geologist',
  'Organization: Planetary Environments Laboratory, Science Directorate (Code 699)',
  'Formal Job Classification: Supervisory Contract Specialist (1102)',
  'Organization: Engineering Procurement Office, Procurement Division (Code 175)',
];

describe('a profile header line', () => {
  test.each(HEADER)('"%s" is a profile field', (line) => {
    expect(profileFieldLine(line)).toBe(true);
  });

  // Without function words, an organisation's name and code read as a post in another language, and the question after
  // it as its English: the whole interview then became one unattributed quotation.
  test.each(HEADER)('"%s" is no prose in another language', (line) => {
    expect(foreignProse(line)).toBe(false);
  });
});

// Wikinews, "Male Magellanic penguins pine for pairings …", 2019-01-27, CC BY 2.5 (development half): an interviewee's
// initials before a colon are a speaker label, no field of a profile.
test('a speaker’s label is no profile field', () => {
  expect(profileFieldLine('NG: This study started in 1982, long before my joining the lab in March of 2016.')).toBe(false);
});
