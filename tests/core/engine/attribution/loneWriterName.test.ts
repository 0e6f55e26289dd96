import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// Global Voices round-ups introduce bloggers and commenters by a one-word user name; the cues follow fresh posts of
// May 2012 (gv-317222 and others) and the dev half's round-ups.
describe('a one-word user name that opens a cue setting off a post speaks', () => {
  test('"Zeinobia commented:" gives the post after it to Zeinobia', () => {
    const article = analyze(
      'Egypt: Lawyer arrested',
      'Zeinobia commented:',
      'Young Egyptians on social networks do not buy the statement as it reminded them of an old case.',
    );
    expect(attribution(article, 'Young Egyptians on social networks')).toMatchObject({ kind: 'direct', speaker: 'Zeinobia' });
  });

  // The paragraph's end is read first (it must be the cue's colon), not the rest of a long paragraph at each cue.
  test('"Zeinobia commented:" far into a long paragraph, and no post set off when the paragraph goes on after the colon', () => {
    const filler = 'Lawyers met at the court on Monday. '.repeat(40);
    const post = 'Young Egyptians on social networks do not buy the statement as it reminded them of an old case.';
    const cue = analyze('Egypt: Lawyer arrested', `${filler}Zeinobia commented:`, post);
    expect(attribution(cue, 'Young Egyptians on social networks')).toMatchObject({ kind: 'direct', speaker: 'Zeinobia' });
    const goesOn = analyze('Egypt: Lawyer arrested', `${filler}Zeinobia commented: it is an old case.`, post);
    expect(quotesOf(goesOn).some((q) => q.text.startsWith('Young Egyptians'))).toBe(false);
  });

  test('a user name asking a question in marks before a colon speaks it', () => {
    const article = analyze('Malawi: Reactions', 'Harutizwi asks, "Where is our African identity?":');
    expect(attribution(article, 'Where is our African identity?').speaker).toBe('Harutizwi');
  });

  test('a word also written in lower case, a plural or a name written with another name is left to other passes', () => {
    const article = analyze(
      'Somewhere: Reactions',
      'Lakshmi Grama runs a shelter.',
      'Critics wrote:',
      // No closing mark: a short line that ends a sentence is the colon cue's quotation (excerptable.ts), whose speaker
      // other passes read; this test is about what this pass leaves to them.
      'The plan will fail',
      'Total reported killed: 294 - 673',
      'Many readers agreed with the total.',
    );
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('Critics');
    expect(speakers).not.toContain('Total');
  });
});

// writerOpeningCue: the name opens its clause after a connector or an opening phrase, and a language tag, the blog it
// writes at or a description set off by commas stands before the verb. Cues from the dev half (Global Voices 2012,
// CC BY 3.0) and fresh Global Voices pages (2009, CC BY 3.0).
describe('a user name opening a colon cue, before a tag, a blog or a description, speaks', () => {
  test('"In Armenian with English subtitles, Ianyan summarized and quoted parts:" (gv-armenia-firebombers-released-bail)', () => {
    const article = analyze(
      'Armenia: Fears After Nationalist Firebombers Released on Bail',
      'Meanwhile, in response to the firebombing, online civil society news site Civil.Net posts an open discussion on nationalism, xenophobia and human rights violations in Armenia. In Armenian with English subtitles, Ianyan summarized and quoted parts:',
      'Fascism has reached our door and is now saying I’m here,” [Lala] Aslikyan said in Armenian. She regretfully emphasized that the stifling of freedom of expression in the country is growing.',
    );
    expect(attribution(article, 'Fascism has reached our door')).toMatchObject({ kind: 'direct', speaker: 'Ianyan' });
  });

  test('"Camerini, from blog Transbrasil [pt], states:" (fresh gv/78038)', () => {
    const article = analyze(
      'Brazil: Air France crash and the media',
      'According to bloggers, the problem is that the media always wants to report something and prove it right, come what may - creating theories and enhancing sensationalism. Camerini, from blog Transbrasil [pt], states:',
      'Os experts de plantão já estão desfilando as baboseiras nas Tvs.',
    );
    expect(attribution(article, 'Os experts de plantão')).toMatchObject({ kind: 'direct', speaker: 'Camerini' });
  });

  test('"Rio, Zambian Watchdog reader, responds:" (gv-zambia-fuel-shortages-malawi-donation)', () => {
    const article = analyze(
      'Zambia: Tensions Continue Over Severe Fuel Shortages',
      'Rio, Zambian Watchdog reader, responds:',
      'It is not only Kabwe; some filling stations in Ndola have either no diesel or Petrol: I filled up my fuel tanks for the cars to be safe!',
    );
    expect(attribution(article, 'It is not only Kabwe')).toMatchObject({ kind: 'direct', speaker: 'Rio' });
  });

  test('"In the blogosphere, Isabel of Las Burbujas Recargadas [es] writes:" (fresh gv/78659)', () => {
    const article = analyze(
      'Peru: Violence in the Amazon',
      'In the blogosphere, Isabel of Las Burbujas Recargadas [es] writes:',
      'This will end badly. In fact, it is already going pretty badly.',
    );
    expect(attribution(article, 'This will end badly')).toMatchObject({ kind: 'direct', speaker: 'Isabel' });
  });

  // gv-zambia-sata-sues-critics-defamation-2012-05-21 and gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21.
  test('a role noun with no determiner before "wrote:" is a commenter\'s name: "Advocate wrote:", "…, Solicitor wrote:"', () => {
    const advocate = analyze(
      'Zambia: President Sata Sues Critics for Defamation',
      'Advocate wrote:',
      'If the nation had to sue for the unfulfilled promises within 90 days,how many cases could there be.I thought a President should have thick skin to critism and other comments.',
    );
    expect(attribution(advocate, 'If the nation had to sue')).toMatchObject({ kind: 'direct', speaker: 'Advocate' });
    const solicitor = analyze(
      'Zambia: Judge Suspensions',
      'I have ordered the solicitor General to immediately have that stay revoked.',
      'Ms Justice Chisanga won kudos for her courage. Commenting on a related post on Zambian Watchdog, Solicitor wrote:',
      'What a galant lady this Chisanga is she. Fearless and sticks to then law without looking at who is involved.',
    );
    expect(attribution(solicitor, 'What a galant lady')).toMatchObject({ kind: 'direct', speaker: 'Solicitor' });
  });

  test('a word the article also writes in lower case is no user name: "Meanwhile, Reform, from the opposition, states:"', () => {
    const article = analyze(
      'Peru: Violence in the Amazon',
      'Calls for reform grew louder on Monday. Meanwhile, Reform, from the opposition, states:',
      'This will end badly. In fact, it is already going pretty badly.',
    );
    expect(attribution(article, 'This will end badly').speaker).toBeNull();
  });
});

// givenNameOpening: a person the round-up named in full speaks in a colon cue that opens with their name, past a language
// tag or a lower-case description. Fresh Global Voices pages of June 2009 (CC BY 3.0).
describe('a person named before opens a colon cue past a tag or a description', () => {
  test('"Mohamed [Ar] continues:" after "wonders Mohamed Malouk" (fresh gv/78917)', () => {
    const article = analyze(
      'Arab World: What if I met Obama?',
      '“What if I met Obama?” wonders Mohamed Malouk. Blogging on Elmafjoue [Ar], he says he would ask the president for some of his time.',
      'Mohamed [Ar] continues:',
      'If I met Obama, I would tell him that his predecessor left us with an ever growing hatred for America.',
    );
    expect(attribution(article, 'If I met Obama, I would tell him')).toMatchObject({ kind: 'direct', speaker: 'Mohamed Malouk' });
  });

  test('"Mohammad Ali Abtahi, former vice preisdent writes:" (fresh gv/79082)', () => {
    const article = analyze(
      'Iran: Election boycott or not?',
      'Mohammad Ali Abtahi, former vice preisdent writes:',
      'Decreasing the wave of election boycott is one of the most important political events in this term.',
    );
    expect(attribution(article, 'Decreasing the wave of election boycott')).toMatchObject({ kind: 'direct', speaker: 'Mohammad Ali Abtahi' });
  });

  test('a given name two people named before share stays unattributed', () => {
    const article = analyze(
      'Egypt: Bloggers react',
      'Ahmed Shokier and Ahmed Naji wrote about the speech.',
      'Ahmed [Ar] continues:',
      'The speech was a turning point for the region.',
    );
    expect(attribution(article, 'The speech was a turning point').speaker).toBeNull();
    // Nor is the given name a source of its own, as a blog's title set off by its language tag is.
    expect(article.entities.map((e) => e.name)).not.toContain('Ahmed');
  });
});

// Global Voices, "Zambia: President Sata Sues Critics for Defamation" (21 May 2012, CC BY 3.0), development half.
test("a commenter's one-word name after a participle's opening phrase, 'Commenting on the Zambian Watchdog, Mambwe wrote:', writes the comment", () => {
  const article = analyze(
    'Zambia: President Sata Sues Critics for Defamation',
    'Netizens have added their voice to the President suing his critics.',
    'Commenting on the Zambian Watchdog, Mambwe wrote:',
    'Close friends of Sata should pluck up some courage to advise their President.',
  );
  expect(attribution(article, 'Close friends of Sata')).toMatchObject({ kind: 'direct', speaker: 'Mambwe' });
});

// Global Voices (CC BY 3.0), development half: gv-zambia-netizens-question-judges-suspensions-2012-05-10.
test("the participle's opening phrase may name at length what is commented on: 'Commenting on the judgment published by the Zambian Watchdog, Sauzande wrote:'", () => {
  const article = analyze(
    "Zambia: Netizens Question Judges' Suspensions",
    'Commenting on the judgment published by the Zambian Watchdog, Sauzande wrote:',
    'You voted for Sata. Now Zambians will see in real life what a corrupt government actually looks like and how it works.',
  );
  expect(attribution(article, 'You voted for Sata.')).toMatchObject({ kind: 'direct', speaker: 'Sauzande' });
});

// gv-brazil-maria-rita-homage-elis-regina-2012-05-21 (development half): a user name set off as writing at a blog.
test('"Fefeu, from the Clube da MPB blog, describes [pt] how …:" gives the post to Fefeu, a person and a citizen', () => {
  const article = analyze(
    'Brazil: Maria Rita pays homage to Elis Regina',
    'Fefeu, from the Clube da MPB blog, describes [pt] how the same thing happened in São Paulo:',
    'The diversity of the audience made the atmosphere even more special: young and old, everyone sang along.',
  );
  expect(attribution(article, 'The diversity of the audience')).toMatchObject({ kind: 'direct', speaker: 'Fefeu' });
  expect(article.entities.find((e) => e.name === 'Fefeu')).toMatchObject({ type: 'person', sourceType: 'citizen' });
});

describe('a blogger the 2009 round-ups tag with a capitalised language code speaks', () => {
  test('"Ivorian blogger Théophile Kouamouo [Fr], who also mentions Togo, ponders …:" (gv-gabon-bloggers-omar-bongo-death-2009-06-08)', () => {
    const article = analyze(
      'Gabon: Bloggers react to Omar Bongo’s death',
      'Ivorian blogger Théophile Kouamouo [Fr], who also mentions Togo, ponders about what will happen after Bongo’s death and wonders about the future of the Françafrique:',
      'Now that the “patriarch” has passed away, we are entering an era of uncertainty.',
    );
    expect(attribution(article, 'Now that the “patriarch” has passed away')).toMatchObject({ kind: 'direct', speaker: 'Théophile Kouamouo' });
  });
});
