import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/speechNounCue.ts: a colon cue whose speech is a noun ("gave his point of view:", "as follows:") sets off a block
// quotation. Sentences from fresh text (Global Voices, GSA), not in the corpus.

describe('a colon cue with a speech noun', () => {
  test('"Ignacio de los Reyes from BBC World referred to the grim finding as follows:" sets off the next paragraph, his, not BBC World’s', () => {
    const article = analyze(
      'Mexico: 49 Bodies Found in Cadereyta',
      '49 people, mutilated, were found in the road that leads to Reynosa. Ignacio de los Reyes from BBC World referred to the grim finding as follows:',
      'The scene of decapitated and mutilated bodies in Nuevo León, where 49 bodies were dumped on the road this Sunday, shocked many because of their extreme violence.',
    );
    expect(attribution(article, 'The scene of decapitated')).toMatchObject({ kind: 'direct', speaker: 'Ignacio de los Reyes' });
  });

  test('"A young girl, who does not want to be identified, gave us her account:" sets off her account', () => {
    const article = analyze(
      'Clandestine abortions on the rise',
      'A young girl, who does not want to be identified, gave us her account:',
      'When I got pregnant, I was too scared to tell my parents because they would have thrown me out of the house.',
    );
    expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text.startsWith('When I got pregnant'))).toBe(true);
  });

  test('a passive introduces a list: "Responses are categorized as follows:" sets off nothing', () => {
    const article = analyze(
      'Measuring customer experience',
      'Responses are categorized as follows:',
      '* Promoters (score 9-10) are loyal enthusiasts who will keep buying and refer others, fueling growth. * Passives (score 7-8) are satisfied but unenthusiastic customers.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a speech noun cue in a blog round-up (Global Voices, fresh)', () => {
  const HEAD = 'Air Bus AF 447: Sorrow, lack of information and sensationalism';
  test('"Bruno Nepumoceno [pt] reached the following conclusion, …:" sets off his post, past the language tag', () => {
    const article = analyze(
      HEAD,
      'With a very controversial comment which raises the much discussed issue that some disasters are considered more important and newsworthy than others according to the social class of those involved, Bruno Nepumoceno [pt] reached the following conclusion, after talking to people at work:',
      'Fui dar minha opinião sobre o assunto e nego ficou me criticando, dizendo que eu não tenho coração, que eu sou insensível e coisas do tipo.',
      'I spoke my mind about the subject and the guys criticized me, saying that I am heartless, that I have no feelings for such news as this.',
    );
    expect(attribution(article, 'Fui dar minha')).toMatchObject({ kind: 'direct', speaker: 'Bruno Nepumoceno', resolution: 'name' });
    expect(attribution(article, 'I spoke my mind')).toMatchObject({ kind: 'direct', speaker: 'Bruno Nepumoceno' });
  });

  test('"Charles, a commenter on ZDistrict has this to say:" is no words of ZDistrict', () => {
    const article = analyze(
      HEAD,
      'Charles, a commenter on ZDistrict has this to say:',
      'Fear, helpless, horrific moment - it brings tears and heart ache to hear anyone enduring that final moment. Really hope they were all asleep during all that moments.',
    );
    expect(attribution(article, 'Fear, helpless')).toMatchObject({ kind: 'direct' });
    expect(attribution(article, 'Fear, helpless').speaker).not.toBe('ZDistrict');
  });
});

// gv-yemen-millions-hungry-food-crisis-2012-05-21 (development half).
test('"the charity Oxfam International gave a dire warning in a press release:" gives the release to Oxfam, not to the noun read as a verb', () => {
  const article = analyze(
    'Yemen: Millions Hungry in Food Crisis',
    'In March the charity Oxfam International gave a dire warning in a press release:',
    'Yemen is at the crossroads of humanitarian catastrophe international aid agency Oxfam said today in reaction to new figures from the World Food Programme.',
  );
  expect(attribution(article, 'Yemen is at the crossroads')).toMatchObject({ kind: 'direct', speaker: 'Oxfam International' });
});

// gv-zambia-fuel-shortages-malawi-donation-2012-05-21 (development half).
test('"Czar has a logical explanation:" sets off the commenter\'s words, an adjective before the speech noun', () => {
  const article = analyze(
    'Zambia: Fuel Shortages and a Donation to Malawi',
    'Czar has a logical explanation:',
    'PF’s lies are what got them into government. Those of you who believed their lies and voted en mass for them should swallow your pride and admit you got it wrong.',
  );
  expect(attribution(article, 'PF’s lies are')).toMatchObject({ kind: 'direct', speaker: 'Czar' });
});
