import { expect, test } from 'vitest';
import { isQuotingVerb, namesOthersWords } from '../../../../../src/core/engine/attribution/sieves/othersWords';

// sieves/othersWords.ts: the words of a colon sentence after its source that say the words set off are another's.

test("a word for someone's words, a shown text or an answer says the words are another's", () => {
  for (const clause of ["the ministry's statement was as follows", 'the reply from the police was', 'the banner carried by the officers read'])
    expect(namesOthersWords(clause, { names: false, verbs: false })).toBe(true);
});

test('the clauses the golds give to the source name no one else (gv-mexico-bike-ride-protest-supervia-2012-05-01, gv-greece-police-violence-immigrants-2012-05-12, gv-caribbean-mothers-day-bloggers-2012-05-15)', () => {
  expect(namesOthersWords('the police made threats', { names: true, verbs: true })).toBe(false);
  expect(namesOthersWords('the man was burning garbage, endangering the cars parked beside them', { names: true, verbs: true })).toBe(false);
  expect(namesOthersWords('describe several cases of women being detained and threatened', { names: true, verbs: true })).toBe(false);
  expect(namesOthersWords(' [es] some grim statistics', { names: true, verbs: true })).toBe(false);
});

test('a name or a speech verb counts only when asked for', () => {
  expect(namesOthersWords('police chief Manuel Mondragón had this view', { names: false, verbs: false })).toBe(false);
  expect(namesOthersWords('police chief Manuel Mondragón had this view', { names: true, verbs: false })).toBe(true);
  expect(namesOthersWords('one officer told the cyclists', { names: false, verbs: true })).toBe(true);
});

test('a quoting verb is read in its forms', () => {
  expect(['quotes', 'quoted', 'cites', 'cited', 'asked', 'interviewed'].every(isQuotingVerb)).toBe(true);
  expect(['shares', 'reported', 'notes'].some(isQuotingVerb)).toBe(false);
});
