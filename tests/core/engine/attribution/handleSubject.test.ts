import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// Global Voices round-ups name users by their handle alone; sentences follow the fresh posts of May 2012 they were
// checked on (gv-320215, gv-321672, gv-316371), verbatim where quoted whole.
describe('a handle that ends the speaker words speaks', () => {
  test('a net user known only by their handle tweets, and the translation after the original is theirs too', () => {
    const article = analyze(
      'South Korea: Mad cow controversy',
      'Another Twitter user\u00a0@korea486\u00a0tweeted [ko]:',
      '광우병 조사단 귀국,미국 쇠고기 이상 없다고 발표했군요! 광우병 조사단? 관광단 유람단 아니였나? 이 이인간들 미국소 먹을까요? 안 먹을까요?',
      'The mad cow disease inspection team returned from the US and announced there is nothing wrong with US beef. Did they just call themselves an inspection team? I thought they were a tour team. What do you think- will they eat US beef in the future?',
    );
    expect(attribution(article, '광우병 조사단')).toMatchObject({ kind: 'direct', speaker: '@korea486' });
    expect(attribution(article, 'The mad cow disease inspection team')).toMatchObject({ kind: 'direct', speaker: '@korea486' });
  });

  test('a handle set off after a description speaks, not the organisation the description names', () => {
    const article = analyze(
      'Malawi: Reports denied',
      'However, the Africa producer for BBC News, @forbeesta, says that the President’s Office has denied the reports.',
    );
    expect(attribution(article, 'the President’s Office has denied')).toMatchObject({ kind: 'reported', speaker: '@forbeesta' });
  });

  test('a person named before their handle and a language tag keeps the quote', () => {
    const article = analyze(
      'Mexico: Bike ride protest',
      'Cyclist Jorge Matalí [es] (@elMatali) reported:',
      'They are trying to arrest a cyclist to intimidate the rest of us.',
    );
    expect(attribution(article, 'They are trying to arrest').speaker).toBe('Jorge Matalí');
  });
});

// Global Voices, "Armenia: Nationalists Disrupt Cultural Diversity March" (22 May 2012, CC BY 3.0), development half.
describe('a blog named by title and subtitle speaks as written', () => {
  test('"Unzipped: Gay Armenia likens …" is the blog\'s view, not that of a person "Gay Armenia"', () => {
    const article = analyze(
      'Armenia: Nationalists Disrupt Cultural Diversity March',
      "The counter-action was also followed by reports of new attacks on D.I.Y., a gay friendly bar in Armenia's capital that was firebombed on 8 May. With some officials and politicians justifying the attack, liberal bloggers are concerned.",
      'Unzipped: Gay Armenia likens the 21 May disruption to fascism.',
    );
    expect(attribution(article, 'the 21 May disruption to fascism')).toMatchObject({ kind: 'reported', speaker: 'Unzipped: Gay Armenia' });
  });

  // Whether the title opens its sentence is read from the few units before it (engine/textBefore.ts).
  test('the same far into a long paragraph, and not when the title does not open its sentence', () => {
    const filler = 'With some officials and politicians justifying the attack, liberal bloggers are concerned. '.repeat(100);
    const opening = analyze(
      'Armenia: Nationalists Disrupt Cultural Diversity March',
      `${filler}Unzipped: Gay Armenia likens the 21 May disruption to fascism.`,
    );
    expect(attribution(opening, 'the 21 May disruption to fascism')).toMatchObject({ kind: 'reported', speaker: 'Unzipped: Gay Armenia' });
    const inside = analyze(
      'Armenia: Nationalists Disrupt Cultural Diversity March',
      `${filler}Then Unzipped: Gay Armenia likens the 21 May disruption to fascism.`,
    );
    expect(attribution(inside, 'the 21 May disruption to fascism')?.speaker).not.toBe('Unzipped: Gay Armenia');
  });
});

// Global Voices (CC BY 3.0), development half: gv-russia-yavlinsky-opposition-rift-2012-05-11.
describe('a screen name after the word for a platform user speaks', () => {
  const RUSSIA = 'Russia: Yavlinsky Stir Reveals Opposition Rift';

  test('"Anti-Putin LiveJournal user i_l_d responded [ru] simply: “…”" is i_l_d’s', () => {
    const article = analyze(
      RUSSIA,
      'Reactions to Yavlinsky\'s comments have varied. Some bloggers have been less than polite. Anti-Putin LiveJournal user i_l_d responded [ru] simply: "Go screw yourself, Yavlinsky."',
    );
    expect(attribution(article, 'Go screw yourself')).toMatchObject({ kind: 'direct', speaker: 'i_l_d' });
  });

  test('the post and its translation after "Nationalist blogger sinn-fein-front wrote [ru] gloatingly:" are sinn-fein-front’s', () => {
    const article = analyze(
      RUSSIA,
      'Nationalist blogger sinn-fein-front wrote [ru] gloatingly:',
      'Ну вот и Явлинский, отчисливший Навального за национализм, в своем блоге на Эхе Москвы признал националистов равноценной силой протеста. Что ж, отрадно. Один за одним падают бастионы русофобии в публичной политике',
      'Well look here: Yavlinsky, who expelled Navalny [from Yabloko] for his nationalism, has in his blog acknowledged that nationalists are equal members of the protest [movement]. Well, how pleasant. One by one, the bastions of russophobia in public politics are falling.',
    );
    expect(attribution(article, 'Ну вот и Явлинский')).toMatchObject({ kind: 'direct', speaker: 'sinn-fein-front' });
    expect(attribution(article, 'Well look here')).toMatchObject({ kind: 'direct', speaker: 'sinn-fein-front' });
    expect(article.entities.find((e) => e.name === 'sinn-fein-front')?.sourceType).toBe('citizen');
  });

  test('a lower-case word after "blogger" with no mark of a screen name is no user name', () => {
    const article = analyze(RUSSIA, 'The blogger wrote [ru] gloatingly: "Well, how pleasant."');
    expect(attribution(article, 'Well, how pleasant.').speaker).toBeNull();
  });
});

describe('the name a speaker gives themself speaks', () => {
  // Global Voices (CC BY 3.0), development half: gv-zambia-netizens-question-judges-suspensions-2012-05-10.
  test('"A reader signing himself as It’s a worry, wrote:" sets off the comment of It’s a worry', () => {
    const article = analyze(
      "Zambia: Netizens Question Judges' Suspensions",
      'A reader signing himself as It’s a worry, wrote:',
      'This whole case stinks of irregularities and the crafty dealings of people like Nchito within the legal fraternity.',
    );
    expect(attribution(article, 'This whole case stinks')).toMatchObject({ kind: 'direct', speaker: 'It’s a worry' });
  });

  // Global Voices (CC BY 3.0), development half: gv-ethiopia-g8-summit-press-freedom-2012-05-18.
  test('"A Group of Ethiopians calling themselves Ethiopian National Transition Council posted a call …:" is the council\'s: "calling themselves" reports no words', () => {
    const article = analyze(
      'Ethiopia: G8 Summit and Press Freedom',
      'Some Ethiopians in the Diaspora have gone as far as urging President Obama to rescind his invitation of Prime Minister Meles Zenawi. A Group of Ethiopians calling themselves Ethiopian National Transition Council posted a call on their Facebook page to detain Prime Minister Meles Zenawi at Camp David:',
      'This is a call for all Ethiopians who love their country and are courageous enough to come and face him off, show your anger and disgust, and be heard loud and clear that his invitation is immoral and unacceptable.',
    );
    expect(attribution(article, 'This is a call for all Ethiopians')).toMatchObject({ kind: 'direct', speaker: 'Ethiopian National Transition Council' });
  });

  // Global Voices (CC BY 3.0), development half: gv-yemen-nodrones-campaign-2012-05-14, without the post's handle label.
  test('"A Yemeni journalist and poet who goes by the name Sana2 Al-Yemen tweeted her contempt:" is Sana2 Al-Yemen’s', () => {
    const article = analyze(
      'Yemen: #NoDrones Campaign',
      'A Yemeni journalist and poet who goes by the name Sana2 Al-Yemen tweeted her contempt:',
      'It is a disgusting thought to know US officials across the globe are playing a video game with our people in #Yemen. #NoDrones',
    );
    expect(attribution(article, 'It is a disgusting thought')).toMatchObject({ kind: 'direct', speaker: 'Sana2 Al-Yemen' });
  });
});

// Global Voices (CC BY 3.0), development half: gv-zambia-netizens-question-judges-suspensions-2012-05-10.
describe('a name set off by commas after an indefinite description speaks', () => {
  test('"A citizen news website, Tumfweko, reported …:" sets off Tumfweko’s words, not the description’s', () => {
    const article = analyze(
      "Zambia: Netizens Question Judges' Suspensions",
      'A citizen news website, Tumfweko, reported the threat by opposition political parties to impeach President Sata:',
      'A consortium of opposition Political Parties in the country says impeaching President Michael Sata remains an option as it is evident that he has seriously breached constitutional and warrants the President to be impeached according to Zambezi fm.',
    );
    expect(attribution(article, 'A consortium of opposition')).toMatchObject({ kind: 'direct', speaker: 'Tumfweko' });
  });

  test('a description with no name after it names no one: the website it describes speaks, as "a citizen newspaper" would', () => {
    const article = analyze("Zambia: Netizens Question Judges' Suspensions", 'A citizen news website reported: "Sata remains in office."');
    expect(attribution(article, 'Sata remains in office.')).toMatchObject({ speaker: 'citizen news website', resolution: 'name' });
  });
});

// Global Voices (CC BY 3.0), development half: gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10.
test('"“…,” tweeted @tvrain [ru] on May 6." is the account’s, a handle after the verb', () => {
  const article = analyze(
    'Russia: Ustream Suffers DDoS Attack After Broadcasting Protests',
    'Attacks on online media were most recently repeated during the March of the Millions. “The tvrain.ru website isn’t working, and so are the sites of Slon [slon.ru] and Echo Moskvy [echo.msk.ru],” tweeted @tvrain [ru] on May 6.',
  );
  expect(attribution(article, 'The tvrain.ru website')).toMatchObject({ kind: 'direct', speaker: '@tvrain', cue: 'tweeted @tvrain' });
});

// Global Voices, "Indonesia: Should Mosques Lower Prayer Volume?" (2 May 2012, CC BY 3.0), not in the corpus.
test('a lower-case screen name the language tag of its link marks ("Blogger happydsf [id], voices his concern:") speaks', () => {
  const article = analyze(
    'Indonesia: Should Mosques Lower Prayer Volume?',
    'But many Indonesians advised Boediono to address other more important issues. Blogger happydsf [id], voices his concern:',
    'Too bad that this country even tries to intimidate freedom of religion in the most populated Muslim nation. There are still a lot of problems that should be solved by the lawmakers rather than taking care of the prayer’s call volume.',
  );
  expect(attribution(article, 'Too bad that this country').speaker).toBe('happydsf');
});

describe("a photo caption's place label before the colon", () => {
  test('"Left: President John F. Kennedy announces …" and "Right: President Kennedy reaffirms …" are Kennedy\'s, not a title "Left: …" (NASA_RAG 793)', () => {
    const article = analyze(
      '55 Years Ago: President Nixon Establishes Space Task Group to Chart Post-Apollo Program',
      'Left: President John F. Kennedy announces his goal of a Moon landing during a Joint Session of Congress in May 1961. Right: President Kennedy reaffirms the goal during his address at Rice University in Houston in September 1962.',
    );
    expect(attribution(article, 'his goal of a Moon landing')).toMatchObject({ kind: 'reported', speaker: 'John F. Kennedy' });
    expect(attribution(article, 'the goal during his address')).toMatchObject({ kind: 'reported', speaker: 'John F. Kennedy' });
  });
});

// Global Voices, Russia, May 2012 (gv-russia-open-hostility-putin-inauguration-2012-05-08, development half): a
// LiveJournal user's screen name has no mark of its own; the platform's "user" before it makes it a name.
describe('a platform user named by a plain lower-case screen name before a speech verb', () => {
  test('"LJ user drugoi wrote [ru]:" is drugoi’s, not LJ’s', () => {
    const article = analyze(
      "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration",
      'LJ user drugoi wrote [ru]:',
      'The people feel cheated, and the boiling point came at Bolotnaya yesterday.',
    );
    expect(attribution(article, 'The people feel cheated')).toMatchObject({ kind: 'direct', speaker: 'drugoi' });
  });

  test('an adverb between the screen name and the verb still leaves the name the speaker: "LJ user drugoi also wrote that …"', () => {
    const article = analyze(
      "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration",
      'LJ user drugoi also wrote that the people feel cheated by the elections.',
    );
    expect(attribution(article, 'the people feel cheated')).toMatchObject({ kind: 'reported', speaker: 'drugoi' });
  });

  test('"A Twitter user also wrote that …" names no user "also"', () => {
    const article = analyze(
      "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration",
      'A Twitter user also wrote that the people feel cheated by the elections.',
    );
    expect(attribution(article, 'the people feel cheated').speaker).not.toBe('also');
  });
});
