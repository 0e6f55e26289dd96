import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

/** The text each person's mentions cover, by name. */
const mentionsIn = (...texts: Array<string>) => {
  const all = ['A headline about the news', ...texts];
  return new Map(
    findEntities(all, 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => [e.name, e.mentions.map((m) => all[m.block]?.slice(m.start, m.end))]),
  );
};

// Global Voices round-ups call a blogger by the given name once they have named them in full
// (gv-moroccans-love-hate-affair-obama-2009-06-08: "Mohamed [Ar] continues:" after "Mohamed Malouk").
describe('a given name alone that two people named before share is no one’s', () => {
  test('"Ahmed" alone after "Ahmed Shokier and Ahmed Naji" is a mention of neither', () => {
    const mentions = mentionsIn('Ahmed Shokier and Ahmed Naji wrote about the speech.', 'Ahmed continues:', 'The speech was a turning point.');
    expect(mentions.get('Ahmed Naji')).toEqual(['Ahmed Naji']);
    expect(mentions.get('Ahmed Shokier')).toEqual(['Ahmed Shokier']);
  });

  test('the given name keeps its one mention where it follows the namesake named last, in a paragraph of their own', () => {
    // gv-colombia-campus-party-new-home-2013-2012-05-14: "Diana Galindo … Diana Luque, in her blog … Diana concludes".
    const mentions = mentionsIn(
      'Diana Galindo makes a comparison between the event and a concert.',
      'Diana Luque, in her blog, considers the possible investment.',
      'Diana concludes by supporting the idea of relocating.',
    );
    expect(mentions.get('Diana Luque')).toContain('Diana');
  });

  test('a couple named with one surname keeps the first given name as the first person’s', () => {
    // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
    const mentions = mentionsIn('Mark Meadows spoke first.', 'Other speakers included Mark and Patricia McCloskey, who drew weapons on protesters.');
    expect(mentions.get('Mark McCloskey')).toEqual(['Mark']);
  });
});
