import { pastTense } from '../../src/core/pastTense';

test.each([
  ['say', 'said'],
  ['tell', 'told'],
  ['warn', 'warned'],
  ['add', 'added'],
  ['note', 'noted'],
  ['deny', 'denied'],
  ['play', 'played'],
  ['nod', 'nodded'],
  ['quip', 'quipped'],
  ['admit', 'admitted'],
  ['visit', 'visited'],
  ['fix', 'fixed'],
  ['vow', 'vowed'],
  ['point out', 'pointed out'],
  ['according to', 'according to'],
  ['Say', 'said'],
])('%s reads as %s', (lemma, past) => {
  expect(pastTense(lemma)).toBe(past);
});
