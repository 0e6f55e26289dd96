import { expect, test } from 'vitest';
import { bareInitials, initialsOf, namesWithInitials } from '../../../../../src/core/engine/attribution/sieves/transcriptInitials';

// sieves/transcriptInitials.ts: an interviewee's initials as a transcript label. Paragraphs verbatim from Wikinews, "US
// study finds correlation between youth suicide, household gun ownership", 2019-01-26, CC BY 2.5, not in the corpus:
// https://en.wikinews.org/wiki/US_study_finds_correlation_between_youth_suicide,_household_gun_ownership

test('"MS Although we used …" opens with the initials MS; "US Secretary of State …" and "Siegel agreed …" do not open an answer', () => {
  expect(bareInitials('MS Although we used gun ownership data from 2004 for the primary analysis, we repeated the analysis.')).toEqual({ end: 2, after: 3 });
  expect(bareInitials("Siegel agreed to answer some questions for Wikinews‍'s correspondent.")).toBeNull();
  expect(initialsOf('Michael Siegel')).toBe('MS');
  expect(initialsOf('Natasha Gownaris')).toBe('NG');
});

test('initials stand for a name the text writes out only when it does', () => {
  const texts = ['Professor Michael Siegel of Boston University, co-author of a new study, declared household gun ownership rates to be a predictor.'];
  expect(namesWithInitials(texts, 'MS')).toBe(true);
  expect(namesWithInitials(texts, 'US')).toBe(false);
});
