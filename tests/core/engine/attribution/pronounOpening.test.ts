import { describe, expect, test } from 'vitest';
import { cuePronoun } from '../../../../src/core/engine/attribution/pronounOpening';
import { analyze, attribution } from './helpers';

// pronounOpening.ts and its use in coreference.ts: a he or she after an opening phrase ("From Nairobi, he spoke to …")
// is the sentence's subject, so a name after its verb (the reporter spoken to, a musician played with) never becomes
// whom the next he or she means. Paragraphs verbatim from the development half of tests/fixtures/real.

const VOA_THOUSAND = 'One Thousand Somali Refugees a Day Crossing into Kenya';
const SPOKESMAN =
  'Emanuel Nyabera is a spokesman for the UNHCR. From Nairobi, he spoke to VOA English to Africa Service reporter Joe De Capua about the rise in Somali refugees.';
const WITNESSED =
  '“In the last two days, we have witnessed 2069 Somali refugees coming in through Laboi and Amuma border crossing points. The dramatic change also is that for a long time we’ve been receiving refugees mainly from Laboi. But now, we have more and more coming in through Amuma…and this has forced us now to be sending convoys to both Laboi and Amuma. Initially we were only sending them to Laboi,” he says.';
const DESCRIBES =
  'He describes Amuma as a flat area with no trees where refugees are exposed to harsh conditions. So the UNHCR may open a registration center there soon.';

describe('a he or she after an opening phrase', () => {
  // voa-somali-refugees-thousand-a-day-kenya-2006-10-06.
  test('"“…,” he says" after "From Nairobi, he spoke to … reporter Joe De Capua" is the spokesman, not the reporter', () => {
    const article = analyze(VOA_THOUSAND, SPOKESMAN, WITNESSED, DESCRIBES);
    expect(attribution(article, 'In the last two days, we have witnessed')).toMatchObject({
      kind: 'direct',
      speaker: 'Emanuel Nyabera',
      resolution: 'pronoun',
      speakerRef: 'he',
    });
    expect(attribution(article, 'Amuma as a flat area')).toMatchObject({ kind: 'reported', speaker: 'Emanuel Nyabera', cue: 'He describes' });
  });

  // voa-somali-refugees-more-aid-needed-kenya-2006-09-27.
  test('"“The camps here are trying to cope …,” he says" after "From Dadaab, he spoke to … reporter Joe De Capua" is the spokesman', () => {
    const article = analyze(
      'More Aid Need for Somali Refugees, As More Cross the Border into Kenya',
      'Emanuel Nyabera is a spokesman for the UN refugee agency (UNHCR). From Dadaab, he spoke to VOA English to Africa Service reporter Joe De Capua about conditions there.',
      '“The camps here are trying to cope. As you are aware, we are moving around an average of 300 refugees everyday from the Laboi border entry and bringing them down here to Dadaab. What we are doing for the moment is to make sure that they are medically screened to find out if we have people who are sick. And we’re also immunizing them against polio and measles. We are also extending the capacity of the camps so they can accommodate more refugees as they come,” he says.',
    );
    expect(attribution(article, 'The camps here are trying to cope')).toMatchObject({ speaker: 'Emanuel Nyabera', resolution: 'pronoun' });
  });

  // voa-somali-refugees-thousand-a-day-kenya-2006-10-06, its third paragraph without the sentence naming the spokesman:
  // the he who spoke to the reporter is then no one the text names, and the quote's "he" with it.
  test('with no one before to be "he", "“…,” he says" stays unattributed rather than going to the reporter', () => {
    const article = analyze(
      VOA_THOUSAND,
      'From Nairobi, he spoke to VOA English to Africa Service reporter Joe De Capua about the rise in Somali refugees.',
      WITNESSED,
    );
    expect(attribution(article, 'In the last two days, we have witnessed')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });

  // wikinews-rock-drummer-ginger-baker-dies-2019-10-07.
  test('"Later, he recorded with …" after "… with Paul McCartney of The Beatles fame" tells nothing of McCartney', () => {
    const article = analyze(
      'Influential rock drummer Ginger Baker dies at age 80',
      "In the 1970s, Baker moved to Nigeria where he established a studio and began playing polo. Here he collaborated with Fela Kuti and worked on Wings's album Band on the Run with Paul McCartney of The Beatles fame. Later, he recorded with John Lydon's Public Image Ltd.",
    );
    const mccartney = article.entities.find((e) => e.name === 'Paul McCartney');
    expect(mccartney && 'gender' in mccartney ? mccartney.gender : 'unknown').toBe('unknown');
  });

  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30.
  test('"At the end of August, he erased …" after "Unlike Biden, Trump seemingly received …" is Trump, not Biden', () => {
    const text =
      "Unlike Biden, Trump seemingly received a slight bump from his convention. At the end of August, he erased some of Biden's lead in the nationwide RealClearPolitics head to head average, trailing 49.6 percent to 43.3 percent.";
    const article = analyze('On the campaign trail in the USA, August 2020', 'Joe Biden and Donald Trump spoke.', text);
    const biden = article.entities.find((e) => e.name === 'Joe Biden');
    expect(biden && 'gender' in biden ? biden.gender : 'unknown').toBe('unknown');
  });
});

describe("the he or she of a quote's trailing cue (cuePronoun)", () => {
  const whole = (text: string) => ({ start: 0, end: text.length });

  // AMALGUM_news_leaders (English Wikinews): the he who says the quote is its sentence's speaker.
  test('"“I cannot accept Uribe\'s lies,” he said." has the cue pronoun he', () => {
    const sentence = '"I cannot accept Uribe\'s lies," he said.';
    expect(cuePronoun(sentence, whole(sentence))).toBe('he');
  });

  test('a he inside the quote, or a sentence with no quote, has none', () => {
    const inside = '"He cannot accept the lies," the minister said.';
    const plain = 'He admitted there had been communication with the FARC.';
    expect(cuePronoun(inside, whole(inside))).toBe('');
    expect(cuePronoun(plain, whole(plain))).toBe('');
  });

  // usgov-nasa-orca-airharp-paved-way-pace-2024-04-26: the quote's cue is "said Martins"; the capital He opens the next
  // sentence, so read together the two have no cue pronoun, while the same words in lower case are a cue.
  test('a capital He after the closing mark ("today.” He added:") opens another sentence and is no cue pronoun', () => {
    const twoSentences =
      'Were it not for NASA’s early support of AirHARP and HARP CubeSat, said Martins, “I don’t think we would have HARP2 today.” He added: “We achieved every single goal, every single element, and that was because ESTO stayed with us.”';
    expect(cuePronoun(twoSentences, whole(twoSentences))).toBe('');
    const cue = '“I don’t think we would have HARP2 today,” he added.';
    expect(cuePronoun(cue, whole(cue))).toBe('he');
  });
});
