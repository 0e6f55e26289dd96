import { mentionCounts, mentionPlaces } from '../../src/core/mentions';
import { loadGold } from './gold';

const gold = loadGold();

test('an entity is counted once for each time the text mentions it', () => {
  const counts = mentionCounts(gold);
  expect(counts.get('vladimir-putin')).toBe(10);
  expect(counts.get('kremlin')).toBe(2);
});

test('the Kremlin, named only in the two photo captions, is placed in those captions, each leading to its figure', () => {
  expect(mentionPlaces(gold, 'kremlin')).toEqual([
    { label: 'figure 1 caption', anchor: 'block-figure-1-caption' },
    { label: 'figure 2 caption', anchor: 'block-figure-2-caption' },
  ]);
});

test('a paragraph that mentions an entity several times is listed once, after the headline, in reading order', () => {
  const places = mentionPlaces(gold, 'vladimir-putin');
  expect(places[0]).toEqual({ label: 'headline', anchor: 'headline' });
  expect(places[1]).toEqual({ label: 'paragraph 1', anchor: `block-${gold.paragraphs[0]?.id ?? ''}` });
  expect(new Set(places.map((p) => p.label)).size).toBe(places.length);
});

test('a photo credit leads to its figure, the byline to the headline, and the source credit, which has no element, to nothing', () => {
  expect(mentionPlaces(gold, 'reuters').map((p) => p.anchor)).toEqual(['block-figure-1-caption', 'block-figure-2-caption']);
  expect(mentionPlaces(gold, 'cgtn')).toContainEqual({ label: 'byline', anchor: 'headline' });
  expect(mentionPlaces(gold, 'xinhua')).toContainEqual({ label: 'source credit', anchor: null });
});
