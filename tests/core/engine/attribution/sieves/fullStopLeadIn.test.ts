import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/fullStopLeadIn.ts: a round-up's lead-in with no colon ("… left this message", "… expresses his condolences
// [fr] to …") sets off the post after it when that reads as the source's own words. Fresh Global Voices pages.

const SUU_KYI = 'Myanmar: 64 Words for Aung San Suu Kyi';
const AIRBUS = 'Air Bus AF 447: Sorrow, lack of information and sensationalism';

describe('a lead-in without a colon', () => {
  test('"Monika Neff from Malaysia left this message" sets off her first-person message', () => {
    const article = analyze(
      SUU_KYI,
      'Monika Neff from Malaysia left this message',
      'Dear Aung San Suu Kyi Happy birthday,what you are doing for the People of Burma makes you a hero besides others who sacrificed their lives for their people. We love you Suu Kyi, one day Burma will be free!',
      'Margaret Posnett from Cambodia texted this message on the website',
      'I have alwys been in awe of your patience and wisdom. I pray that you will have the strength to continue to be a pillar of justice for Burma and us all.',
    );
    expect(attribution(article, 'Dear Aung San Suu Kyi')).toMatchObject({ kind: 'direct', speaker: 'Monika Neff', resolution: 'name' });
    expect(attribution(article, 'I have alwys been')).toMatchObject({ kind: 'direct', speaker: 'Margaret Posnett' });
  });

  test('"… expresses his condolences [fr] to …." sets off the French post and its translation', () => {
    const article = analyze(
      AIRBUS,
      'Charles-guy de Kerimel, the writer of the aviation history blog Des avions et des hommes expresses his condolences [fr] to the passengers and the crew of the Airbus A330-203.',
      'L’annonce de cet accident me remplit de tristesse. Le plus grave accident d’Air France, nous dit-on. Indépendamment du nombre de victimes, pour chacun de ceux qui sont concernés la gravité est extrême, pour la victime bien sûr, mais aussi pour les parents, les amis, les collègues : ils se trouvent brutalement confrontés à une perte irrémédiable. Je m’associe à leur peine. Je songe au personnel d’Air France ; en premier lieu aux navigants, comme leurs aînés ils vont poursuivre leur tâche.',
      'The announcement of this accident fills me with sadness. This is Air France’s most serious accident, we are told… Regardless of the number of victims, for each of those involved it is extremely serious for the victim, but also for parents, friends, colleagues: they are suddenly faced with an irreparable loss. I feel their pain. I think of the staff of Air France; first of Airmen, their elders as they continue their work.',
    );
    expect(attribution(article, 'L’annonce de cet')).toMatchObject({ kind: 'direct', speaker: 'Charles-guy de Kerimel' });
    expect(attribution(article, 'The announcement of this')).toMatchObject({ kind: 'direct', speaker: 'Charles-guy de Kerimel' });
  });

  test("a paragraph in the writer's third person after the lead-in stays the writer's", () => {
    const article = analyze(
      SUU_KYI,
      'Monika Neff from Malaysia left this message',
      'The website launching was deemed successful as global leaders sent their statements of support for Aung San Suu Kyi.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });

  test('a lead-in stops the block quotation before it: the writer speaks again, and "the blogger ZDistrict" speaks next', () => {
    const article = analyze(
      AIRBUS,
      'With a very controversial comment, Bruno Nepumoceno [pt] reached the following conclusion, after talking to people at work:',
      'I spoke my mind about the subject and the guys criticized me, saying that I am heartless, that I have no feelings for such news as this.',
      'Nevertheless, there is an intense wave of grief and shock around the world, and naturally Brazilian bloggers are not the only ones discussing the accident online. From Kuwait, the blogger ZDistrict summed up his feelings.',
      'I haven’t seen a tragedy such as this in a long time, a flight of this type crashing in the middle of the Atlantic.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('Nevertheless'))).toBe(false);
    expect(attribution(article, 'I haven’t seen')).toMatchObject({ kind: 'direct', speaker: 'ZDistrict' });
  });

  test('"… and quotes one of its Facebook contacts." sets off the contact\'s words, unattributed (dev: gv Armenia)', () => {
    const article = analyze(
      'Armenia: Concerns and Fears after Nationalist Firebombing of Gay-Friendly Bar',
      'The blog also notes that a second attack occurred on 15 May and quotes one of its Facebook contacts.',
      'Hate crime, no public condemnation by authorities, more encouragement by an MP and now repetition of hate crime, do you see the cycle?',
    );
    expect(attribution(article, 'Hate crime, no public condemnation')).toMatchObject({
      kind: 'direct',
      speaker: null,
      cue: 'quotes one of its Facebook contacts',
    });
  });

  test('"… quotes one of its readers." before the writer\'s own third-person report sets off nothing', () => {
    const article = analyze(
      'Armenia: Concerns and Fears after Nationalist Firebombing of Gay-Friendly Bar',
      'The blog also notes that a second attack occurred on 15 May and quotes one of its readers.',
      'The bar was closed for two weeks after the attack, and its owners filed a complaint with the police.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('The bar was closed'))).toBe(false);
  });

  // Global Voices, "Armenia: Homophobic Firebombing Controversy Continues …", 2012-05 (development half).
  test('"Another voiced their opinion as a Facebook status update." sets off the unnamed one\'s first-person update, unattributed', () => {
    const article = analyze(
      'Armenia: Homophobic Firebombing Controversy Continues as Officials, MPs Promote Hate Crime',
      'Another voiced their opinion as a Facebook status update.',
      '[...] the statements made by our Parliament member are unfortunate, and the acts of those two idiots are deplorable. [...] I hope [the MP] will be removed from the party, simply because he clearly does not uphold the values of the ARF and therefore should not represent us in a position that should be held for our highest standard of leaders.',
    );
    expect(attribution(article, '[...] the statements made')).toMatchObject({ kind: 'direct', speaker: null, cue: 'Another voiced' });
  });

  test("an unnamed one's lead-in before the writer's own third-person report sets off nothing", () => {
    const article = analyze(
      'Armenia: Homophobic Firebombing Controversy Continues as Officials, MPs Promote Hate Crime',
      'Another voiced their opinion as a Facebook status update.',
      'The bar was closed for two weeks after the attack, and its owners filed a complaint with the police.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('The bar was closed'))).toBe(false);
  });
});
