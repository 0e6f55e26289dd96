import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/reported.ts: a verb right after a direct quote is the quote's cue, not reported speech. From
// usgov-army-capability-set-13-prototypes-2012-08-28 (US Army, public domain, development half), whose writer left the
// first quote without its closing mark.

test('"…network, said Brig Gen. Dan Hughes, director, SoSI. "Vehicles …": both quotes are Hughes’s, and no reported speech', () => {
  const article = analyze(
    'Capability Set 13 vehicles complete prototype assembly',
    'The vehicles are equipped with the latest Army tactical radios.',
    '"It is truly impressive the collaboration efforts that are taking place in support of fielding an integrated capability set network, said Brig Gen. Dan Hughes, director, SoSI. "Vehicles are being configured with network systems at TARDEC, transported to APG for network integration and testing."',
  );
  expect(quotesOf(article).map((q) => q.kind)).toEqual(['direct', 'direct']);
  expect(attribution(article, 'It is truly impressive')).toMatchObject({ speaker: 'Dan Hughes', cue: 'said Brig Gen. Dan Hughes' });
  expect(attribution(article, 'Vehicles are being configured')).toMatchObject({ speaker: 'Dan Hughes' });
});

// A two-word object is what an object-noun cue reports (docs/annotation-guide.md: `called for an inquiry`, text `an inquiry`).
test('"criticized the move", "called for an inquiry", "praised Warren\'s endorsement": two words are enough after such a cue', () => {
  const article = analyze(
    'Reactions',
    'Amnesty International has called for an inquiry.',
    // wikinews (Elizabeth Warren endorses Joe Biden)
    "Biden praised Warren's endorsement.",
  );
  expect(attribution(article, 'an inquiry')).toMatchObject({ kind: 'reported', speaker: 'Amnesty International' });
  expect(attribution(article, "Warren's endorsement")).toMatchObject({ kind: 'reported', speaker: 'Biden' });
});

test("not a bare thanks, a pronoun's phrase or two words after any other verb", () => {
  const article = analyze(
    'Free transit app launched',
    'Developer Tom Hart built the app in six months.',
    'Transport secretary Leah Moran also thanked the developers. The minister praised them warmly. Moran said the app.',
  );
  expect(quotesOf(article)).toEqual([]);
});

// Wikinews, "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in" (2019, CC BY 2.5), not in the corpus.
test('"Some called for younger leadership": a comparative before the noun makes a two-word object too; "earlier today" does not', () => {
  const article = analyze(
    'Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in',
    'Within her own party, the choice of Pelosi was not uncontested. Some called for younger leadership. Altogether, fifteen Democrats defected.',
    'The ministry announced earlier today.',
  );
  expect(attribution(article, 'younger leadership')).toMatchObject({ kind: 'reported', speaker: null });
  expect(quotesOf(article).map((q) => q.text)).toEqual(['younger leadership']);
});

// wikinews-tsikhanouskaya-rally-minsk-2020-08-03 (Wikinews, CC BY 2.5), development half.
test('"She asked for support": a stance noun alone is what a call asks for; "asked for directions" is too short to say anything', () => {
  const article = analyze(
    'Tsikhanouskaya holds rally in Minsk',
    'Sviatlana Tsikhanouskaya arrived at at about 20:00. She asked for support, specially asking voters to vote at the polls, not before election day.',
  );
  expect(attribution(article, 'support')).toMatchObject({ kind: 'reported', speaker: 'Sviatlana Tsikhanouskaya', cue: 'She asked for' });
  expect(quotesOf(analyze('Lost', 'John Smith asked for directions.'))).toEqual([]);
});

// English Wikinews 2020, wikinews-navalny-airlifted-to-germany-2020-08-22 (development half).
test('"The hospital also asked for patience": what a call asks of its listeners is what was asked for', () => {
  const article = analyze('Navalny airlifted to Germany', 'The hospital also asked for patience.');
  expect(attribution(article, 'patience')).toMatchObject({ kind: 'reported', cue: 'The hospital also asked for' });
});

// wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11 (Wikinews, CC BY 2.5), development half.
test('"expressed concern that "[w]e have …"": one statement is one direct quote, not also the writer\'s "concern that" as speech', () => {
  const article = analyze(
    'Brazilian footballer arrested',
    'Rainforest campaigner Marina Silva, another candidate, expressed concern that "[w]e have repeatedly seen this kind of episode against the lives of women."',
  );
  expect(quotesOf(article).map((q) => q.kind)).toEqual(['direct']);
  expect(attribution(article, '[w]e have repeatedly seen')).toMatchObject({ speaker: 'Marina Silva' });
});

test('a that-clause with words of its own before a partial quote stays reported speech: "voiced the fear that the vote "will be rigged""', () => {
  const article = analyze('Vote fears', 'Opposition leader Ana Ruiz voiced the fear that the vote "will be rigged by the ruling party."');
  expect(quotesOf(article).map((q) => q.kind)).toEqual(['reported', 'direct']);
});

// Wikinews, "Magnitude 6 earthquake rocks eastern Turkey", 2010-03-08 (CC BY 2.5), a fresh page of session 49.
test('"Name, the provincial governor of Elazig, stated X accounted for …": the name and its appositive are the subject, not what was said', () => {
  const article = analyze(
    'Magnitude 6 earthquake rocks eastern Turkey',
    'Muammer Erol, the provincial governor of Elazig, stated Okcular, Yukari Kanatli and Kayali accounted for majority of the dead. He told CNN Turk that "villages consisting mainly of mud-brick houses have been damaged, but we have minimal damage such as cracks in buildings made of cement or stone".',
  );
  expect(quotesOf(article).map((q) => q.text)).not.toContain('Muammer Erol, the provincial governor of Elazig');
  expect(attribution(article, 'Okcular, Yukari Kanatli and Kayali accounted')).toMatchObject({ kind: 'reported', speaker: 'Muammer Erol' });
  expect(attribution(article, 'villages consisting mainly').speaker).toBe('Muammer Erol');
});

test('content before an inverted cue that has a verb of its own is still what was said', () => {
  const article = analyze('Magnitude 6 earthquake rocks eastern Turkey', 'The village of Okcular was worst hit, stated Muammer Erol, the provincial governor.');
  expect(attribution(article, 'The village of Okcular was worst hit')).toMatchObject({ kind: 'reported', speaker: 'Muammer Erol' });
});

// Wikinews, "Scotland says 'No' to independence", 2014-09-17 (CC BY 2.5), a fresh page of session 49.
test("words that end in another subject's speech verb before its quotation are no content of the cue before them", () => {
  const article = analyze(
    "Scotland says 'No' to independence",
    'On the package of greater devolved powers for Scotland promised late in the day to the Scottish people, Cameron said: "We will ensure that those commitments are honoured in full."',
  );
  expect(quotesOf(article).filter((q) => q.text.includes('late in the day'))).toEqual([]);
  expect(attribution(article, 'We will ensure that those commitments').speaker).toBe('Cameron');
});
