import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { resumedByPronoun } from '../../../../src/core/engine/entities/pronounResumed';

// pronounResumed.ts: a one-word name opening its sentence, which the next sentence resumes as he or she, is a person's.
// Global Voices posts (CC BY 3.0): a development-half article and a fresh page; a NASA page (public domain, development half).

const people = (...texts: Array<string>) =>
  findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('"Darashiko blogs on cinema regularly. Here he shares …" makes the blogger Darashiko a person', () => {
  const found = people(
    'Bangladesh: Movie Theaters Are Dying',
    'Darashiko blogs on cinema regularly. Here he shares the latest state of the Bangladeshi film industry [bn]:',
  );
  expect(found).toContain('Darashiko');
});

test('"Abdoukili reacts in a similar manner. He wrote:" makes Abdoukili a person', () => {
  expect(people('Arab bloggers react to Obama’s speech', 'Abdoukili reacts in a similar manner. He wrote:')).toContain('Abdoukili');
});

describe('what the next sentence’s he or she does not make a person', () => {
  test('a gerund opening the sentence ("Filling this role allowed him … He called this …")', () => {
    const after = ' this role allowed him the opportunity to be heavily involved in developing the test processes. He called this a highlight of his career.';
    expect(resumedByPronoun(['Filling'], true, after)).toBe(false);
  });

  // Fresh NASA and Wikinews pages: a number or an adjective before a plural noun, the next sentence's he doing no speaking.
  test('"Thirty-four years later, Gaines is … He ensures", "Multiple assailants attacked … He is"', () => {
    const gaines = ' years later, Gaines is the manager of Marshall’s Safety and Quality Assurance Department. He ensures safety.';
    expect(resumedByPronoun(['Thirty-four'], true, gaines)).toBe(false);
    const assailants =
      ' assailants attacked al-Quaety shortly after he left his nearby home, then, according to security officials, fled. He is survived by his wife.';
    expect(resumedByPronoun(['Multiple'], true, assailants)).toBe(false);
  });

  // An invented fixture of the project (tests/fixtures, island-ledger-port-alder-rezoning).
  test('"Mid-sized cities have spent two decades growing …. She said …": a hyphened adjective is no name', () => {
    const after = ' cities have spent two decades growing faster than their pipes and roads. She said the vote was likely to be cited.';
    expect(resumedByPronoun(['Mid-sized'], true, after)).toBe(false);
  });

  test('a plural, or a name inside its sentence', () => {
    const after = ' reports the man fled on foot. He was arrested later.';
    expect(resumedByPronoun(['Witnesses'], true, after)).toBe(false);
    expect(resumedByPronoun(['Darashiko'], false, ' blogs on cinema regularly. Here he shares it.')).toBe(false);
  });
});

// Wikinews (development half): wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30 names the newspaper Dawn
// after "an interview with"; the she after the comma is Baloch.
test('"In an interview with Dawn, she said …": a name a preposition governs is not the he or she after its comma', () => {
  const found = people(
    'Brother of murdered Pakistani social media star sentenced to life',
    'In an interview with Dawn, she said as a teenager she was forced into an abusive marriage by her family. She also said that her much-older husband attempted to disfigure her with acid.',
  );
  expect(found).not.toContain('Dawn');
});

// wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05 (dev half since session 36).
test('"In another Tweet, he referred to Robart as …" makes no person of the Tweet: a preposition and a determiner govern it', () => {
  const found = people(
    'Travel to U.S. resumes after federal judge blocks executive order',
    'President Trump was more direct. "What is our country coming to when a judge can halt a Homeland Security travel ban and anyone, even with bad intentions, can come into U.S.?" he said via Twitter. In another Tweet, he referred to Robart as a "so-called judge" and expressed confidence the ruling would be overturned.',
  );
  expect(found).not.toContain('Tweet');
});
