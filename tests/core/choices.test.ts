import { quotedSpeakerIds, speakerChoices } from '../../src/core/choices';
import { loadGold } from './gold';

const gold = loadGold();

test("a quote can be given to the gold's people and organisations, never to a place", () => {
  const choices = speakerChoices(gold);
  expect(choices.map((e) => e.id)).toEqual(['vladimir-putin', 'kassym-jomart-tokayev', 'csto', 'united-nations', 'cgtn', 'reuters', 'xinhua']);
  expect(choices.some((e) => e.type === 'place')).toBe(false);
});

test('the speakers offered first are those the gold quotes: Putin and Tokayev, not the organisations it only names', () => {
  expect([...quotedSpeakerIds(gold)].sort()).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
});
