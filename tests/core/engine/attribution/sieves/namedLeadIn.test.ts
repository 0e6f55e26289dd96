import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/namedLeadIn.ts: a colon sentence whose subject is a named source acting with a verb that is no speech verb
// sets off that source's block quotation; one that shows, lists or heads something sets off nothing.

const isQuote = (article: ReturnType<typeof analyze>, start: string) => quotesOf(article).some((q) => q.text.startsWith(start));

describe('a named lead-in without a speech verb', () => {
  test("the paragraph after 'Zeinobia referred to another Egyptian detainee:' is Zeinobia's", () => {
    const article = analyze(
      'Egypt: Lawyer’s Arrest in Saudi Arabia Sparks Outrage',
      'Egyptian blogger Zeinobia has followed the case of Ahmed El Gizawy since his arrest.',
      'Zeinobia referred to another Egyptian detainee:',
      'Now it is not only the case of Gizawy that we should follow and work on , I think we should work on the case of other Egyptians allegedly arrested and detained for years in the Kingdom for no reason like for instance the case of Abdullah Mamdouh [ar].',
    );
    expect(attribution(article, 'Now it is not only the case')).toMatchObject({ kind: 'direct', speaker: 'Zeinobia' });
  });

  test("an original and its translation after 'Nawaat introduced [fr] the campaign:' are Nawaat's (fresh text, Global Voices)", () => {
    const article = analyze(
      'Tunisia: Campaign for Freedom of Expression Launched',
      'Nawaat introduced [fr] the campaign:',
      'À l’occasion de la Journée mondiale de la liberté de la presse et en soutien à la libre parole en Tunisie, une campagne publique en faveur de la liberté d’expression est lancée du 1er au 15 mai 2012.',
      'On the occasion of World Press Freedom Day, and in support of free speech in Tunisia, a public campaign for freedom of expression was launched on May 1, and will continue until May 15, 2012.',
    );
    const original = attribution(article, 'À l’occasion de la Journée');
    expect(original).toMatchObject({ kind: 'direct', speaker: 'Nawaat' });
    expect(attribution(article, 'On the occasion of World Press')).toMatchObject({ speaker: 'Nawaat', cue: original.cue });
  });

  test('a lead-in that shows a picture sets off no quotation (fresh text, Global Voices)', () => {
    const article = analyze(
      'Brazil: Famous Singer Pays Homage to Her Iconic Mother',
      'After the concert in Recife ended late on Saturday night, Twitter user Dudinha Sales shared an image of the crowd:',
      'Thousands of fans filled the square in front of the stage, many of them holding up their phones to film the show.',
    );
    expect(isQuote(article, 'Thousands of fans filled')).toBe(false);
  });

  test('a person who shares a picture is no speaker of the words under it, at the start of the sentence too', () => {
    const article = analyze(
      'Brazil: Famous Singer Pays Homage to Her Iconic Mother',
      'Twitter user Dudinha Sales shared an image of the crowd:',
      'Thousands of fans filled the square in front of the stage, many of them holding up their phones to film the show.',
    );
    expect(isQuote(article, 'Thousands of fans filled')).toBe(false);
  });

  test('a video someone cites still sets off its words (Global Voices, Colombia, May 2012, development half)', () => {
    const article = analyze(
      'Colombia: May Day Nationwide Demonstrations',
      'Carlos Arturo Gamboa, on the blog Tutor Virtual, reflects on employment [es] as slavery and cites a video of Argentine Santiago Bou:',
      'El trabajo hoy, en su gran mayoría, es la marca de que el valor de lo humano es una cifra, de que la dignidad habita en el olvido.',
    );
    expect(isQuote(article, 'El trabajo hoy')).toBe(true);
  });

  test("a list's lead-in sets off the writer's list, whoever it opens with (fresh text, NASA)", () => {
    const article = analyze(
      'NASA Science, Tech Heads to Moon on Intuitive Machines Mission',
      'Additional NASA hardware aboard the lander includes:',
      'Lunar Node 1 Navigation Demonstrator : A small, CubeSat-sized experiment that will demonstrate autonomous navigation that could be used by future landers.',
    );
    expect(isQuote(article, 'Lunar Node 1')).toBe(false);
  });

  test("a heading, a list's lead-in and a purpose ('to deliver:') set off nothing (fresh text, Army and GSA)", () => {
    const article = analyze(
      'Social media in government',
      'Joined together as an objective-driven team, the SocialGov Community launched three working groups to deliver:',
      'The first guidance for performance analysis of social media in federal agencies, with metrics for every agency.',
      'Specific ideas addressing the character of future conflict included:',
      'Some adversaries focus regionally but plan for U.S. intervention and malicious actors usually act independently.',
      'Action items:',
      'Making accessibility part of our thought process on day one, and moving it to the left on the timeline.',
    );
    expect(isQuote(article, 'The first guidance')).toBe(false);
    expect(isQuote(article, 'Some adversaries focus')).toBe(false);
    expect(isQuote(article, 'Making accessibility part')).toBe(false);
  });

  test("a lower-case handle ending in -s is no verb: 'Photoblogger chookooloonks meanwhile, confessed that:' (fresh text)", () => {
    const article = analyze(
      'Caribbean: Supporting Our Mothers',
      'Photoblogger chookooloonks meanwhile, confessed that:',
      "I always feel just a tiny bit strange accepting gifts on Mother's Day, because I don't mother so that I can get gifts once a year for my efforts.",
    );
    const quote = quotesOf(article).find((q) => q.text.startsWith('I always feel'));
    expect(article.entities.find((e) => e.id === quote?.speakerId)?.name ?? null).not.toBe('Photoblogger');
  });
});
