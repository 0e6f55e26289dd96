import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/accordingTo.ts: `according to X, "…"` and `"…," according to X` — the source named next to the quote, in the same sentence.

describe('according to (direct)', () => {
  // The phrase is the wording Yonhap reports (itself quoting KCNA): the source the sentence names is Yonhap.
  test("a quoted phrase in a sentence opening 'According to Yonhap news agency' is Yonhap's", () => {
    const article = analyze(
      "North Korea puts military in 'quasi-state of war'",
      'According to Yonhap news agency, quoting North Korea\'s main news agency Korean Central News Agency (KCNA), the country\'s military has been placed on high alert and has been told to prepare a "quasi-state of war". The report comes after North and South Korea exchanged artillery fire yesterday.',
    );
    expect(attribution(article, 'quasi-state of war')).toMatchObject({ kind: 'direct', speaker: 'Yonhap', resolution: 'name', cue: 'According to Yonhap' });
  });

  test("'According to the New Zealand Herald' in an earlier sentence does not claim a later quote", () => {
    const article = analyze(
      'New Zealand begins process to consider changing national flag design',
      'According to the New Zealand Herald, Emeritus Professor John Burrows, the chairman of the project\'s panel of twelve, said New Zealand\'s flag has never before been open to public choice. Professor Burrows also said resources and kits would be accessible for schools and communities," For example, schools can run their own flag discussions and referendums to mirror the formal process as part of their own learning exercise".',
    );
    expect(attribution(article, 'For example, schools can run')).toMatchObject({
      kind: 'direct',
      speaker: 'John Burrows',
      resolution: 'name',
      cue: 'Professor Burrows also said',
    });
  });

  test("'According to the president' without a quotation mark is not a direct quote", () => {
    const article = analyze(
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'This blogger understands that during her meeting with civil society organizations on Monday, President Joyce Banda alluded to the fact that hosting of the summit will depend on the AU secretariat’s assurance to source money for Malawi to host the indaba which will cost more than one billion Kwacha.',
      'According to the president, the country could not have hosted the 53 member countries’ indaba had it been that there were no assurances from Addis Ababa and other African leaders to provide financial support.',
    );
    expect(attribution(article, 'the country could not have hosted')).toMatchObject({ kind: 'reported', speaker: 'Joyce Banda' });
  });
});

test('"“…,” according to Smith." names the source after the quote (AP order)', () => {
  const article = analyze('Storm hits Oakdale', 'Mayor John Smith toured the damage on Tuesday.', '"We will rebuild the bridge too," according to Smith.');
  expect(attribution(article, 'We will rebuild the bridge too')).toMatchObject({ speaker: 'John Smith', cue: 'according to Smith' });
});

// Fresh Wikinews pages (2019-09-25, 2020-02-10): the phrase names who relayed the words, or a clause of its own.
describe('according to, where the quote has a speaker of its own', () => {
  test('"X called it a “…,” according to NBC." is X\'s: the outlet only relays the words', () => {
    const article = analyze(
      'US Speaker Pelosi announces Trump impeachment investigation',
      'On Tuesday, Speaker of the House Nancy Pelosi announced the House of Representatives would begin an impeachment inquiry.',
      'Pelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC. "[T]he House of Representatives is moving forward with an official impeachment inquiry," she announced.',
    );
    expect(attribution(article, 'breach of his Constitutional')).toMatchObject({ speaker: 'Nancy Pelosi', cue: 'Pelosi called' });
  });

  test('"According to the U.S. embassy, …; Chinese authorities referred to him as “…”" is not the embassy\'s', () => {
    const article = analyze(
      'First foreigners die from coronavirus in Wuhan, China',
      'According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American." Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection.',
    );
    expect(attribution(article, 'Chinese-American.')).toMatchObject({ speaker: null });
  });

  // Wikinews, https://en.wikinews.org/wiki/Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid
  // (2020-07-02, CC BY 2.5), fresh page in neither half of the corpus.
  test('"According to … ISNA, …, Ali Alghasi Mehr, said the 36 must face “…”" gives the words in marks to Mehr, not the agency', () => {
    const article = analyze(
      "Iran issues arrest warrants for 36 people, including US President Trump; seeks Interpol's aid",
      'According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges", adding Iran will pursue the prosecution of Trump even after he ends serving as president of the US.',
    );
    expect(attribution(article, 'murder and terrorism charges')).toMatchObject({ kind: 'direct', speaker: 'Ali Alghasi Mehr', cue: 'Ali Alghasi Mehr, said' });
    expect(attribution(article, 'the 36 must face')).toMatchObject({ kind: 'reported', speaker: 'Ali Alghasi Mehr' });
  });
});

describe('phrases that credit a view as "according to" does', () => {
  test('"was, in the opinion [pt] of the journalist Rodrigo Vianna “…”" is Vianna’s (gv-brazil-falha-countersues-folha-2012-05-07)', () => {
    const article = analyze(
      'Brazil: Falha de S. Paulo Countersues Folha',
      'The first lawsuit, which resulted in a "tie" in September 2011, was, in the opinion [pt] of the journalist Rodrigo Vianna "a lesson [from the judge] on what is freedom of expression."',
    );
    expect(attribution(article, 'a lesson [from the judge]')).toMatchObject({
      speaker: 'Rodrigo Vianna',
      cue: 'in the opinion [pt] of the journalist Rodrigo Vianna',
    });
  });
});

describe('"as said by" after the closing mark', () => {
  test('"“…” as said by the girl’s mother, Selva Herbón, on several occasions." is the mother’s (gv-argentina-death-with-dignity-law-2012-05-11)', () => {
    const article = analyze(
      'Argentina: Death With Dignity Law Approved',
      'Camila is emblematic of the current situation facing many families who up until now have had no legal framework to protect them.',
      '"What we are going through as a family is both exhausting and painful, considering that we have a baby of 2 years and 3 months currently in a Permanent Vegetative State. My daughter\'s condition is irretrievable and irreversible and there is a loophole that is preventing us from withdrawing her life support" as said by the girl\'s mother, Selva Herbón, on several occasions.',
    );
    expect(attribution(article, 'What we are going through')).toMatchObject({ speaker: 'Selva Herbón' });
  });

  test('"as" and a word that is no speech verb credits nobody ("… as shown by …")', () => {
    const article = analyze(
      'Argentina: Death With Dignity Law Approved',
      '"The law has changed nothing for the families" as shown by Selva Herbón in her letter.',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('The law has changed'))?.speakerId ?? null).toBeNull();
  });
});

// ARCIC stories of 2013 (fresh text, U.S. Army, public domain): "as noted in" and "as stated in" a document credit its
// words as "according to" does.
describe('"as noted in" and "as stated in" a document', () => {
  test('`As noted in the Capstone Concept for Joint Operations (CCJO), "…"` is the document’s', () => {
    const article = analyze(
      'ARCIC Support To Joint Concepts',
      'Joint Operational Access is the ability of Joint Forces to overcome military impediments to operational access. As noted in the Capstone Concept for Joint Operations (CCJO), "The most likely occasions requiring the commitment of joint forces will arise in places where few or no forces are permanently stationed."',
    );
    expect(attribution(article, 'The most likely occasions').speaker).toBe('Capstone Concept for Joint Operations');
  });

  test('`"…," as stated in the ACC.` is the Army Capstone Concept’s', () => {
    const article = analyze(
      'Army Capstone Concept Highlights Possible Seventh Warfighting Function',
      'The recently published Army Capstone Concept (ACC) describes the future Army.',
      'Others include the need to operate in a sustained, culturally attuned manner "to address shared interests and enhance partners\' security, governance, and other critical functions," as stated in the ACC.',
    );
    expect(attribution(article, 'to address shared interests').speaker).toBe('Army Capstone Concept');
  });

  // wikinews-veteran-sergeant-us-torture-coverup-2004-12-08 (development half), verbatim.
  test('a word in marks after "According to a witness, <title> <Name>," is the named witness\'s', () => {
    const article = analyze(
      'Veteran sergeant accounts US torture coverup',
      `Ford attempted to confront his team leader several times without success, and eventually went to his commanding officer Captain Victor Artiga in order to file a formal complaint.\n\nAccording to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist's report, Artiga was, "livid". He "stormed" back to the psychiatrist and "browbeat" her to change her report to read that Ford was mentally unstable, and ordered her to have Ford shipped out of the country.`,
    );
    expect(attribution(article, 'livid')).toMatchObject({ kind: 'direct', speaker: 'Michael Marciello' });
  });
  // wikinews-lockerbie-convict-al-megrahi-buried-2012-05-20 (development half), verbatim: the quote was Alex Salmond's.
  test('a capital "According to X" after a quote\'s closing mark opens the next sentence and leaves the quote to its own speaker', () => {
    const article = analyze(
      'Lockerbie convict Abdelbaset Ali al-Megrahi buried after dying at Libyan home',
      'Current UK Prime Minister David Cameron commented on his belief that al-Megrahi "should never have been released from prison" and said his death was an occasion "to remember the 270 people who lost their lives in what was an appalling terrorist act". According to Alex Salmond, First Minister of Scotland, the investigation into the Lockerbie bombing is ongoing. Salmond also called for remembrance of those killed.',
    );
    expect(attribution(article, 'to remember the 270 people')).toMatchObject({ kind: 'direct', speaker: 'David Cameron' });
    expect(attribution(article, 'the investigation into the Lockerbie')).toMatchObject({ kind: 'reported', speaker: 'Alex Salmond' });
  });
});

describe('"according to X" set off right after a speech verb only relays the verb subject\'s words', () => {
  // Wikinews, "Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church"
  // (2012-12-20, CC BY 2.5), fresh text read through AMALGUM (AMALGUM_news_revenue), in no corpus half.
  test('"Twitter suspended …, claiming, according to Anonymous, that the profile posted "…"": the words are Twitter\'s claim', () => {
    const article = analyze(
      'Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church',
      "On Wednesday, following the leak, Twitter suspended one of Anonymous' most followed accounts '@YourAnonNews', claiming, according to Anonymous, that the profile posted \"private and confidential information\" regarding the lawyer for WBC and Roper.",
    );
    expect(attribution(article, 'private and confidential information').speaker).toBe('Twitter');
  });
});

// Held-out batch of session 42 (Wikinews, CC BY 2.5): wikinews-seven-killed-forty-eight-injured-attack-london-bridge-
// 2017-06-04 and wikinews-ali-hassan-al-majid-two-others-sentenced-death-iraqi-court-2007-06-24.
describe('a speech verb of someone else between "according to X" and the mark', () => {
  test('"According to the BBC, a witness … heard one or more of the perpetrators say "this is for Allah."" is not the BBC\'s', () => {
    const article = analyze(
      'Seven killed, forty-eight injured in attack on London Bridge',
      'According to the BBC, a witness to the attack heard one or more of the perpetrators say "this is for Allah."',
    );
    expect(attribution(article, 'this is for Allah.')).toMatchObject({ kind: 'direct', speaker: null });
  });

  // wikinews-who-declares-covid-19-pandemic-2020-03-14 (development half): "States" in a name is no verb.
  test('"According to Dr. Tom Frieden, formerly the director of the United States\' Centers …, the pandemic is "unprecedented."" stays his', () => {
    const article = analyze(
      'WHO declares COVID-19 pandemic',
      'According to Dr. Tom Frieden, formerly the director of the United States\' Centers for Disease Control and Prevention, the pandemic is "unprecedented." He said, in remarks published by CNN in February, "[o]ther than influenza, no other respiratory virus has been tracked from emergence to continuous global spread."',
    );
    expect(attribution(article, 'unprecedented.')).toMatchObject({ speaker: 'Tom Frieden' });
  });

  test('"Judge … told al-Majid that, according to a New York Times report, he had "…"" is the judge\'s, the paper only his reader', () => {
    const article = analyze(
      'Ali Hassan al-Majid and two others sentenced to death by Iraqi court',
      'Judge Mohammed Oreibi al-Khalifa told al-Majid that, according to a New York Times report, he had "been convicted of genocide, crimes against humanity and war crimes for ordering army and security services to use chemical weapons in a large-scale offensive that killed or maimed thousands." Al-Majid was head of the Baath Party\'s Northern Bureau Command at the time of the offences.',
    );
    expect(attribution(article, 'been convicted of genocide')).toMatchObject({ kind: 'direct', speaker: 'Mohammed Oreibi al-Khalifa' });
  });
});

// Global Voices (CC BY 3.0), development half: Cuba, May 2012.
describe('according to a body whose name runs straight into a person’s', () => {
  test('the body is the source; the person opens the clause', () => {
    const article = analyze(
      'Cuba: Remembering Dissidents',
      "Juan Wilfredo Soto García, 46, belonged to the Central Opposition Coalition (Coalición Central Opositora) and the previously unrecognized opposition organization Foro Antitotalitario Unido, (United Anti-totalitarian Forum) and according to Amnesty International Juan Wilfredo 'had previously been imprisoned for 12 years for his political activities.'",
    );
    expect(attribution(article, 'had previously been imprisoned')).toMatchObject({ kind: 'direct', speaker: 'Amnesty International' });
  });

  test('a role word between makes the person the source (near miss)', () => {
    const article = analyze('Space walk', 'The mission went well and according to NASA astronaut John Smith "the view was amazing from up there."');
    expect(attribution(article, 'the view was amazing')).toMatchObject({ kind: 'direct', speaker: 'John Smith' });
  });
});
