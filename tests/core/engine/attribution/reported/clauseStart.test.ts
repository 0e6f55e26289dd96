import { describe, expect, test } from 'vitest';
import {
  opensBareClause,
  opensBareWordClause,
  opensClause,
  opensClauseAfterComma,
  opensCountClause,
  opensPronounClause,
  pastSpeech,
} from '../../../../../src/core/engine/attribution/reported/clauseStart';
import { analyze, attribution } from '../helpers';

// reported/clauseStart.ts: whether the words after a speech verb open a clause with no "that".

const after = (sentence: string, verb: string) => [sentence, sentence.indexOf(verb) + verb.length] as const;

describe('a clause with no "that" after a speech verb', () => {
  // wikinews-national-diet-law-akihito-abdicate-2017-06-10 (a Kyodo News poll).
  test('an abstract noun in -ance, with an adjective before it, then a modal opens one; so does a negative contracted', () => {
    expect(opensClause(...after('61 percent said female ascendance should be debated only after the abdication.', 'said'))).toBe(true);
    expect(opensClause(...after("28 percent said it shouldn't wait for the abdication.", 'said'))).toBe(true);
    expect(opensClause(...after('The coach said good performance in training.', 'said'))).toBe(false);
  });

  test('a pronoun, a determiner or a number before a verb only a clause has opens one', () => {
    expect(opensClause(...after('The family said they planned a private service.', 'said'))).toBe(true);
    expect(opensClause(...after('Police said over a hundred people attended the party.', 'said'))).toBe(true);
    expect(opensClause(...after('The data revealed an increased abundance of a fungus associated with it.', 'revealed'))).toBe(false);
    expect(opensClause(...after('Developers said goodbye to the old site.', 'said'))).toBe(false);
    // wn2020.csv row 4 ("Fire erupts in parking structure at Sola Airport, Norway"), Wikinews, January 2020 (CC BY 2.5), fresh text: a fraction opens it too.
    expect(opensClause(...after('The structure has over 3000 parking spaces; reports said more than half of those were filled.', 'said'))).toBe(true);
    expect(opensClause(...after('Officials said half of the flights were cancelled.', 'said'))).toBe(true);
    expect(opensClause(...after('Officials said half an hour later.', 'said'))).toBe(false);
    // wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22: a subject of eleven words, then its auxiliary.
    expect(
      opensClause(...after('Rappler reported three malls in Davao City and Gaisano Mall in Digos City were damaged following aftershocks.', 'reported')),
    ).toBe(true);
    // No auxiliary of its own, or one past a relative's "that" or a full stop: no clause (gv-armenia-nationalists-disrupt-diversity-march-2012-05-22).
    expect(opensClause(...after('Officials announced plans for a bridge across the wide river that will open next year.', 'announced'))).toBe(false);
    expect(
      opensClause(...after('They announced a variety of events as part of the Diversity Week. The week should have kicked off on 21 May.', 'announced')),
    ).toBe(false);
  });

  test('a bare plural right before a verb only a clause has opens one: "said people changed their minds"', () => {
    expect(opensClause(...after('One interviewee said people changed their minds.', 'said'))).toBe(true);
    expect(opensClause(...after('Analysts said prices had risen.', 'said'))).toBe(true);
    expect(opensClause(...after('Analysts said thanks to the staff.', 'said'))).toBe(false);
    expect(opensClause(...after('Officials discussed process was slow.', 'discussed'))).toBe(false);
  });

  // wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16 (development half), and fresh Wikinews (August 2019).
  test('an abstract noun with a short phrase, then an auxiliary or a modal, opens one; an -ed participle after it does not', () => {
    expect(opensClause(...after('A 2015 federal court decision said citizenship in United States territories can only be resolved by Congress.', 'said'))).toBe(
      true,
    );
    expect(opensClause(...after('Johnson said in a video statement released in conjunction with a visit to Ireland.', 'video'))).toBe(false);
    expect(opensClause(...after('The council discussed legislation in the state to ban plastic bags.', 'discussed'))).toBe(false);
  });

  // voa-uganda-police-tear-gas-opposition-rally-2011-08-17 (development half).
  test('"police", a plural with no "-s", opens one too: "Opposition supporters say police had granted permission"', () => {
    expect(opensClause(...after('Opposition supporters say police had granted permission for the rally.', 'say'))).toBe(true);
    expect(opensClause(...after('The mayor thanked police for their work.', 'thanked'))).toBe(false);
  });

  // wikinews-dinosaurs-flapped-wings-as-they-ran-2019-05-05 (development half).
  test('a mass noun right before an irregular past opens one: "some say flight grew up from the ground"', () => {
    expect(opensClause(...after('Some say flight grew up from the ground, from runners.', 'say'))).toBe(true);
    expect(opensClause(...after('Developers said goodbye to the old site.', 'said'))).toBe(false);
  });

  // Wikinews, "Samoa ends measles state of emergency" (2020, CC BY 2.5), development half.
  test('a bare plural a short phrase qualifies opens one: "say populations with sufficiently high vaccination rates have …"', () => {
    const sentence = 'Aid agencies say populations with sufficiently high vaccination rates have enough herd immunity to prevent any further infections.';
    expect(opensClause(...after(sentence, 'say'))).toBe(true);
    expect(opensClause(...after('Analysts said thanks to the staff of the museum had arrived.', 'said'))).toBe(false);
  });

  // Wikinews, "Serbian protesters try to storm Parliament; fourth day of protests" (2020, CC BY 2.5), not in the corpus.
  test('a bare plural one or two words describe opens one: "have claimed violent protesters were sent by the government"', () => {
    const sentence = 'Some members of opposition parties have claimed violent protesters were sent by the government.';
    expect(opensClause(...after(sentence, 'claimed'))).toBe(true);
    expect(opensClause(...after('Officials said during raids were held.', 'said'))).toBe(false);
    expect(opensClause(...after('Smithers testified in his own defense, claiming some patients deceived him.', 'defense,'))).toBe(false);
    expect(opensClause(...after('Developers said goodbye to the old site.', 'said'))).toBe(false);
  });

  test('a clause of any subject needs its verb before any "and", "that" or "by" of an object', () => {
    expect(opensBareClause(...after('Smith has stated reconstruction will cost 300 billion.', 'stated'))).toBe(true);
    expect(opensBareClause(...after('Russia has pledged funds and Syria is taxing goods.', 'pledged'))).toBe(false);
    expect(opensBareClause(...after('Scientists have disclosed new adhesives made by slugs.', 'disclosed'))).toBe(false);
  });

  test('a number or "this" right before the verb opens one; "this week" does not', () => {
    expect(opensCountClause(...after('The government said 128 vaccination teams participated.', 'said'))).toBe(true);
    expect(opensCountClause(...after('Smith said this applied to product tankers.', 'said'))).toBe(true);
    expect(opensCountClause(...after('Smith said this week the plan was dead.', 'said'))).toBe(false);
  });

  // voa-somali-refugees-more-aid-needed-kenya-2006-09-27 and voa-au-accuses-darfur-rebels-destabilizing-2005-09-05 (development half).
  test('a number whose digits a comma groups opens one: "says 24,000 Somalis have entered camps"', () => {
    const wfp = 'The World Food Program (WFP) says 24,000 Somalis have entered camps in neighboring northeastern Kenya since January.';
    expect(opensCountClause(...after(wfp, 'says'))).toBe(true);
    const un = 'The UN estimates 300,000 people have died in the conflict and more than two million have been forced out of their homes.';
    expect(opensCountClause(...after(un, 'estimates'))).toBe(true);
    expect(opensCountClause(...after('The agency said 24,000, a record, in the first week of the year.', 'said'))).toBe(false);
  });

  test('after a comma that closes a phrase, a clause opens only with a verb of its own, no "that" to come and no list', () => {
    expect(opensClauseAfterComma(...after('Local officials said on Saturday, about 20 buildings collapsed.', 'Saturday,'))).toBe(true);
    expect(opensClauseAfterComma(...after('Police reported on Tuesday, 21 confirmed cases of the virus.', 'Tuesday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('The firm announced on Twitter, the platform owned by Elon Musk.', 'Twitter,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Police said on Monday, the day after the vote, that 12 people died.', 'Monday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Police reported on Monday, 12 people dead and 40 injured.', 'Monday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Smith said on Monday, "We will win."', 'Monday,'))).toBe(false);
  });
});

describe('a subject pronoun opens a clause whatever its verb', () => {
  // wikinews (Tesco sells Polish branch): "…, and stated they want to stay in Hungary."
  test('a plural present after "they" or "we" is a clause: the pronoun\'s case shows it', () => {
    expect(opensPronounClause(...after('Matt Simister stated they want to stay in Hungary.', 'stated'))).toBe(true);
    expect(opensClause(...after('The parties said they expect a decision this year.', 'said'))).toBe(true);
    expect(opensPronounClause(...after('Officials said we need more time.', 'said'))).toBe(true);
  });

  test('"it", "you", a reflexive or a pronoun joined by "and" opens none by itself', () => {
    expect(opensPronounClause(...after('He said it often enough.', 'said'))).toBe(false);
    expect(opensPronounClause(...after('She told you everything.', 'told'))).toBe(false);
    expect(opensPronounClause(...after('The mayor said he and his staff are ready.', 'said'))).toBe(false);
  });

  test('a past speech verb after "and" shares its subject before such a clause', () => {
    const text = 'Simister explained that the company held a 4% share, and stated they want to stay in Hungary.';
    expect(pastSpeech('stated', text, text.indexOf('stated') + 'stated'.length)).toBe(true);
  });
});

describe('a bare noun before an auxiliary, after the comma that closes a time', () => {
  // wikinews (Samoa measles shutdown): "Al Jazeera reported on Thursday, coverage had risen to 55 percent."
  test('opens the clause that was said', () => {
    expect(opensClauseAfterComma(...after('Al Jazeera reported on Thursday, coverage had risen to 55 percent.', 'Thursday,'))).toBe(true);
    expect(opensClauseAfterComma(...after('Police said on Monday, later was too late.', 'Monday,'))).toBe(false);
  });

  test('not elsewhere: a headline drops its articles', () => {
    expect(opensClause(...after('Minister warns variant could delay reopening', 'warns'))).toBe(false);
  });

  // wikinews-australia-stores-lower-toilet-paper-limits-2020-03-13, voa-liberia-weah-claims-misrepresented-2005-12-15
  // (development half).
  test('a pronoun with its verb contracted onto it opens a clause: "they\'d run out of stock", "there’s a media “black-out”"', () => {
    expect(opensPronounClause(...after("Who Gives a Crap said on last Wednesday they'd run out of stock.", 'Wednesday'))).toBe(true);
    expect(opensPronounClause(...after('He says there’s a media “black-out” regarding the evidence in Liberia.', 'says'))).toBe(true);
    expect(opensPronounClause(...after("She said it's time to act.", 'said'))).toBe(true);
    expect(opensPronounClause(...after('She said its name was changed.', 'said'))).toBe(false);
  });
});

describe('an amount told with "as many as"', () => {
  // English Wikinews, 2019 (CC BY 2.5), development half.
  const sentence = 'Local officials said 24 people have been hospitalised, but Agence France-Presse reported as many as 32 hospitalised.';

  test('"reported as many as 32 hospitalised" opens a clause', () => {
    expect(opensClause(...after(sentence, 'reported'))).toBe(true);
    expect(opensCountClause(...after(sentence, 'reported'))).toBe(true);
  });

  test("the agency's figure is its own reported quote", () => {
    const article = analyze('Bus overturns in Babyninsky, Russia', sentence);
    expect(attribution(article, 'as many as 32 hospitalised')).toMatchObject({ kind: 'reported', speaker: 'Agence France-Presse' });
    expect(attribution(article, '24 people have been hospitalised')).toMatchObject({ kind: 'reported' });
  });
});

// wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10 (development half).
test('a name, asides set off by commas, then an auxiliary opens a clause; a relative aside does not', () => {
  const text = 'Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing their government.';
  expect(opensClause(text, text.indexOf(' Iran'))).toBe(true);
  expect(opensBareClause(text, text.indexOf(' Iran'))).toBe(true);
  const relative = 'They praised Iran, which is a neighbour, was the message.';
  expect(opensBareClause(relative, relative.indexOf(' Iran'))).toBe(false);
  const article = analyze('No casualties in missile strike on Iraqi air base', text);
  expect(attribution(article, 'Iran, especially, amongst other outside parties, is unduly influencing')).toMatchObject({ kind: 'reported', speaker: null });
});

describe("a name and an appositive holding a relative clause, then the name's verb", () => {
  // wikinews-orourke-ends-us-presidential-bid-2019-11-04 (development half).
  test('"said O\'Rourke, a former United States Representative who gained …, does not plan …" opens the clause that was said', () => {
    const text =
      "Reports said O'Rourke, a former United States Representative who gained national recognition during his 2018 run for Senate against Ted Cruz, does not plan to run for Senate in 2020.";
    expect(opensClause(text, text.indexOf(' O'))).toBe(true);
    const article = analyze("O'Rourke ends US presidential bid", text);
    expect(attribution(article, "O'Rourke, a former United States Representative")).toMatchObject({ kind: 'reported', cue: 'said' });
  });

  test('a name and an appositive with no verb after its closing comma open none: "thanked Smith, a teacher at the school, and his wife"', () => {
    const text = 'She thanked Smith, a teacher at the school who helped her, and his wife for their support.';
    expect(opensClause(text, text.indexOf(' Smith'))).toBe(false);
  });
});

describe('"only" before a plural opens a clause', () => {
  // English Wikinews 2020, wikinews-water-main-bursts-white-plains-2020-08-13 (development half).
  test('"News 12 reported, only buildings adjacent to the break were without water service" is reported', () => {
    const text = 'Indeed, News 12 reported, only buildings adjacent to the break were without water service.';
    expect(opensClause(text, text.indexOf(' only'))).toBe(true);
    const article = analyze('Water main bursts in White Plains, New York, US', text);
    expect(attribution(article, 'only buildings adjacent to the break were without water service')).toMatchObject({
      kind: 'reported',
      speaker: 'News 12',
      cue: 'News 12 reported',
    });
  });

  test('"only" before "that", a time or an object with no verb opens none', () => {
    const once = 'He said only once he was tired.';
    expect(opensClause(once, once.indexOf(' only'))).toBe(false);
    const object = 'The agency reported only minor damages.';
    expect(opensClause(object, object.indexOf(' only'))).toBe(false);
  });
});

describe('a partial quotation inside a clause with no "that"', () => {
  // wikinews-police-arrest-twelve-jackal-tamil-nadu-2020-06-11 (development half).
  test('"The same study also noted over 370 "jackal horns" seized …" reports the whole clause, the quoted words inside it', () => {
    const sentence = 'The same study also noted over 370 "jackal horns" seized in the same period.';
    expect(opensClause(...after(sentence, 'noted'))).toBe(true);
    const article = analyze(
      'Police arrest twelve for jackal hunting in Tamil Nadu',
      `One study in the Journal of Threatened Taxa looked at poaching. ${sentence}`,
    );
    expect(attribution(article, 'over 370 "jackal horns" seized in the same period')).toMatchObject({ kind: 'reported' });
  });

  // voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03 (development half).
  test('"Police statements said the union officials "went wild" and tried to escape" opens a clause at its quoted verb', () => {
    expect(opensClause(...after('Police statements said the union officials "went wild" and tried to escape three times.', 'said'))).toBe(true);
  });

  test('quoted words with no verb of the clause after them still open none', () => {
    expect(opensClause(...after('The same study also noted over 370 "jackal horns" in the same period.', 'noted'))).toBe(false);
    expect(opensClause(...after('The report listed the "usual suspects" among the buyers.', 'listed'))).toBe(false);
  });
});

describe('a bare noun of any ending right before an auxiliary opens a clause', () => {
  test('"some reports claim money was laundered …", "Eurocontrol noted airspace was closed …" (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29, wikinews-malaysia-airlines-flight-17-shot-down-eastern-ukraine-2014-07-18)', () => {
    expect(opensBareWordClause(' money was laundered via Panama and Switzerland', 0)).toBe(true);
    expect(opensBareWordClause(' airspace was closed up to 32,000 feet', 0)).toBe(true);
    expect(opensBareWordClause(' progress on the Israeli peace process was a good route to de-escalation', 0)).toBe(true);
    const article = analyze(
      'Malaysia Airlines flight 17 shot down',
      'It is not yet known why the aircraft was flying over the contested area. Eurocontrol noted airspace was closed up to 32,000 feet.',
    );
    expect(attribution(article, 'airspace was closed up to 32,000 feet')).toMatchObject({ kind: 'reported' });
  });

  test('near miss: an object, an adverb or a participle before the auxiliary is no subject ("said goodbye", "said again was", "said nothing")', () => {
    expect(opensBareWordClause(' goodbye to the town', 0)).toBe(false);
    expect(opensBareWordClause(' again was the word', 0)).toBe(false);
    expect(opensBareWordClause(' funding for the wall', 0)).toBe(false);
  });
});

// Wikinews, "Labour grabs poll lead in UK general election", 2015-04-10 (CC BY 2.5), a fresh page of session 49.
test('"have stated they support …": a perfect speech verb before a clause a subject pronoun opens reports it', () => {
  const article = analyze(
    'Labour grabs poll lead in UK general election',
    'The Labour Party have stated they support the continuation of Trident and will not negotiate on Trident with the SNP.',
  );
  expect(attribution(article, 'they support the continuation of Trident')).toMatchObject({ kind: 'reported', speaker: 'Labour Party' });
  expect(opensBareClause('have stated them clearly.', 11)).toBe(false);
});
