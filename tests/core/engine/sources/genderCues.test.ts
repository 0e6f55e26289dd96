import { headBeforeName } from '../../../../src/core/engine/sources/genderCues';

// sources/genderCues.ts: the gendered head of a description set right before a name. Sentences from the development
// half of tests/fixtures/real.

test('a possessive opening the sentence, capitalised, still heads the description (usgov-nasa-sts-41b-iconic-photos-untethered-spacewalk-2024-03-11)', () => {
  const text = 'His son, Bruce McCandless III, said his father “appears to be glowing.”';
  const start = text.indexOf('Bruce');
  expect(headBeforeName(text, 0, start, start + 'Bruce McCandless III'.length)).toEqual({ word: 'son', start: 4 });
});

test('a description that lists another person after the name heads nothing of theirs ("his sister, Ann Lee and …")', () => {
  const text = 'His sister, Ann Lee and her husband flew in on Monday.';
  const start = text.indexOf('Ann');
  expect(headBeforeName(text, 0, start, start + 'Ann Lee'.length)).toBeNull();
});
