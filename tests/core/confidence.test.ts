import { certaintyOf, isUncertain, shownConfidence, UNCERTAIN_BELOW } from '../../src/core/confidence';
import { quote } from './gold';

const text = '"We are ready," he said.';
const said = (extra: Parameters<typeof quote>[4]) => quote(text, 'We are ready,', 'q1', 'vladimir-putin', extra);

test.each([
  ['a speaker named in the cue', said({}), 'named'],
  ['a speaker found through a pronoun', said({ resolution: 'pronoun', confidence: 0.9 }), 'inferred'],
  ['a speaker found through a role noun', said({ resolution: 'role', confidence: 0.95 }), 'inferred'],
  ['a speaker carried on from the previous quote', said({ resolution: 'continuation', confidence: 0.8 }), 'inferred'],
  ['a speaker below the measured threshold', said({ resolution: 'pronoun', confidence: UNCERTAIN_BELOW - 0.01 }), 'uncertain'],
  ['no speaker', quote(text, 'We are ready,', 'q1', null, { confidence: 0 }), 'unknown'],
  ['a speaker a reader chose by hand', said({ corrected: true, confidence: 1 }), 'corrected'],
  ['a reader who marked the quote unattributed', quote(text, 'We are ready,', 'q1', null, { corrected: true }), 'corrected'],
] as const)('%s is %s', (_, q, certainty) => {
  expect(certaintyOf(q)).toBe(certainty);
});

test('the threshold itself is no longer uncertain', () => {
  expect(isUncertain(said({ resolution: 'pronoun', confidence: UNCERTAIN_BELOW }))).toBe(false);
  expect(certaintyOf(said({ resolution: 'pronoun', confidence: UNCERTAIN_BELOW }))).toBe('inferred');
});

describe('the confidence a reader sees', () => {
  it('is the stated figure to two decimals, so 0.898 reads as 0.9', () => {
    expect(shownConfidence(0.898)).toBe(0.9);
    expect(shownConfidence(0.884)).toBe(0.88);
  });
});
