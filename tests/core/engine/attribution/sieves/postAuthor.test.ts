import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/postAuthor.ts: a post set off by its handle is the words of whom the text says posted it, the handle an alias.
// Paragraphs verbatim from the development half (Global Voices, May 2012, CC BY 3.0).

const entityOf = (article: ReturnType<typeof analyze>, name: string) => article.entities.find((e) => e.name === name);

describe('a post under a handle after a lead-in that names its author', () => {
  // gv-algeria-legislative-elections-low-turnout-2012-05-12.
  test('"Yasmine Bouchène wrote:" over "@Yaspuppchen: …" and its translation is Yasmine Bouchène\'s, "@Yaspuppchen" her alias', () => {
    const article = analyze(
      'Algeria: Low Turnout in Legislative Elections',
      'On election day Algerians tweeted under the hashtag #10MaiToz, "toz" meaning nonsense.',
      'Yasmine Bouchène wrote:',
      '@Yaspuppchen: Si dans d’autres pays, voter est un acte citoyen. En Algérie, ne pas le faire l’est apparemment d’avantage ! #10maiToz',
      '@Yaspuppchen: If in other countries voting is an act of citizenship, in Algeria not voting is apparently even better!',
    );
    expect(attribution(article, 'Si dans d’autres pays')).toMatchObject({ kind: 'direct', speaker: 'Yasmine Bouchène', cue: 'Yasmine Bouchène wrote' });
    expect(attribution(article, 'If in other countries voting')).toMatchObject({ kind: 'direct', speaker: 'Yasmine Bouchène' });
    expect([...(entityOf(article, 'Yasmine Bouchène')?.aliases ?? [])]).toContain('@Yaspuppchen');
    expect(entityOf(article, '@Yaspuppchen')).toBeUndefined();
  });

  // gv-greece-police-violence-immigrants-2012-05-12.
  test('a handle the text writes after a name ("Michalis Chrisochoidis (@chrisochoidis)") is that person\'s, not the lead-in\'s journalist', () => {
    const article = analyze(
      'Greece: Police Violence Against Immigrants',
      'In response to a comment by the Citizen Protection Minister Michalis Chrisochoidis (@chrisochoidis), on the occasion of the anniversary of the military coup of April 21, 1967, journalist Damian Mac Con Uladh (@damomac) urged the minister to take immediate action:',
      '@chrisochoidis: Even an injured democracy is better than no democracy.',
    );
    expect(attribution(article, 'Even an injured democracy')).toMatchObject({ kind: 'direct', speaker: 'Michalis Chrisochoidis' });
  });

  // gv-egypt-first-presidential-debate-disappointment-2012-05-12.
  test('a handle an earlier post gave its author keeps that author after a lead-in about someone else', () => {
    const article = analyze(
      'Egypt: First Presidential Debate Leaves Many Disappointed',
      'Blogger Iyad El-Baghdadi summarized their priorities:',
      '@iyad_elbaghdadi: Abulfutouh vs. Mousa: The first puts democracy, sharia and then security; Mousa puts security, democracy, Islam. #Monazarat',
      'Moussa on the other hand had a less confrontational and more diplomatic reply, refusing to answer whether he considered Israel an enemy:',
      '@iyad_elbaghdadi: Mousa: I call for reviewing our treaty with Israel, but insist on a two-state solution. #Monazarat',
    );
    expect(attribution(article, 'Abulfutouh vs. Mousa')).toMatchObject({ speaker: 'Iyad El-Baghdadi' });
    expect(attribution(article, 'Mousa: I call for reviewing')).toMatchObject({ speaker: 'Iyad El-Baghdadi' });
  });

  test('an organisation nearest the verb ("editor of the New York Times tweeted:") is not the author of "@RobertMackey: …"', () => {
    const article = analyze(
      'Egypt: First Presidential Debate Leaves Many Disappointed',
      'Many commented on the long series of commercials which were shown before the debate and during the breaks. Robert Mackey reporter and editor of the New York Times tweeted:',
      "‏@RobertMackey: Don't know if this #monazarat has inspired Egypt to buy into democracy, but the barrage of ads did just motivate me to buy a Twix.",
    );
    expect(attribution(article, "Don't know if this #monazarat").speaker).not.toBe('New York Times');
  });
});

// gv-china-beijing-daily-gary-locke-propaganda-2012-05-15: a lead-in that passes on others' posts names no author.
test('"The China Media Project has captured and translated some from the comment thread:" leaves "@半拉北京人: …" the handle\'s', () => {
  const article = analyze(
    'China: Beijing Daily Attacks U.S. Ambassador Gary Locke',
    'In early morning the next day, the newspapers removed its comment and re-post the same comment by adding a re-post in front of the message [deleted]. It continued to attract a lot of criticism. The China Media Project has captured and translated some from the comment thread:',
    '@半拉北京人: His assets were disclosed back in 2010. Why doesn’t he teach Chinese official how to disclose [their assets]?',
  );
  expect(attribution(article, 'His assets were disclosed')).toMatchObject({ kind: 'direct', speaker: '@半拉北京人' });
});
