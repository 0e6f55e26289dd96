import { describe, expect, test } from 'vitest';
import { skipAfter, verbOf, type ClauseSpan } from '../../../../src/core/engine/attribution/clauseCandidates';
import { analyze, attribution } from './helpers';

// clauseCandidates.ts: the words of the clause a participle hangs on that may be its subject, and the finite verb each is
// the subject of, past an appositive, a title's closing comma or an organisation's kind noun. Sentences from the
// development half of tests/fixtures/real.

/** The clause of `sentence` from `opens` up to the comma before `participle`, as participleSubject reads it. */
function spanOf(sentence: string, opens: string, participle: string): ClauseSpan {
  return { text: sentence, clause: sentence.indexOf(opens), comma: sentence.indexOf(`, ${participle}`) };
}

/** The candidate at the first occurrence of `words`. */
const at = (sentence: string, words: string, person: boolean) => ({ at: sentence.indexOf(words), end: sentence.indexOf(words) + words.length, person });

describe('the verb a clause subject goes with', () => {
  // wikinews-biden-announces-kamala-harris-running-mate-2020-08-12.
  test('"A tweet sent from Biden\'s Twitter account during the debate repeated" reads past the "during" phrase to "repeated"', () => {
    const sentence =
      'A tweet sent from Biden\'s Twitter account during the debate repeated Biden\'s commitment, saying "My running mate will be a woman. #DemDebate".';
    const span = spanOf(sentence, 'A tweet', 'saying');
    const tweet = at(sentence, "A tweet sent from Biden's Twitter account", true);
    expect(skipAfter(span, tweet)).toBe(' during the debate'.length);
    expect(verbOf(span, tweet)).toBe('repeated');
  });

  // wikinews-fiancee-of-murdered-saudi-journalist-demands-justice-2019-09-29.
  const CENGIZ =
    'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice.';
  test('"Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters" reads past the appositive to "addressed"', () => {
    const span = spanOf(CENGIZ, 'Hatice', 'calling');
    const cengiz = at(CENGIZ, 'Hatice Cengiz', true);
    expect(skipAfter(span, cengiz)).toBe(', fiancée of journalist Jamal Khashoggi,'.length);
    expect(verbOf(span, cengiz)).toBe('addressed');
  });

  // gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21.
  test('"Justice Minister, Sebastian Zulu, quickly issued a statement" reads past the name\'s closing comma and the adverb', () => {
    const sentence =
      'Justice Minister, Sebastian Zulu, quickly issued a statement that was placed on the state house website saying the judiciary was panicking, ordering the Solicitor-General to overturn the ruling:';
    const span = spanOf(sentence, 'Justice', 'ordering');
    const zulu = at(sentence, 'Sebastian Zulu', true);
    expect(skipAfter(span, zulu)).toBe(1);
    expect(verbOf(span, zulu)).toBe('issued');
  });

  // gv-yemen-sexual-harassment-al-hayat-figure-2012-05-06.
  test('"Al Hayat newspaper did apologise" reads past the kind noun after an organisation\'s name', () => {
    const sentence = 'Al Hayat newspaper did apologise for the high percentage it had quoted, saying it was an exaggerated figure based on a regional study.';
    expect(verbOf(spanOf(sentence, 'Al Hayat', 'saying'), at(sentence, 'Al Hayat', false))).toBe('did');
  });

  // wikinews-emails-boeing-air-force-tanker-deal-2004-11-24.
  test('"… consideration of Boeing, saying" gives Boeing no verb: a preposition makes it an object', () => {
    const sentence =
      'Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the Air Force\'s exclusive consideration of Boeing, saying, "This was not a competitive bid process."';
    const span = spanOf(sentence, 'Assistant', 'saying');
    expect(verbOf(span, at(sentence, 'Boeing', false))).toBeNull();
    expect(verbOf(span, at(sentence, 'Marvin Sambur', true))).toBe('defended');
  });
});

// wikinews-fiancee-of-murdered-saudi-journalist-demands-justice-2019-09-29.
test('the participle after "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters …," is Cengiz\'s, not Khashoggi\'s', () => {
  const article = analyze(
    'Fiancée of murdered Saudi journalist demands justice at UN General Assembly',
    'On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters in New York, New York, calling for the killers of Khashoggi to be brought to justice.',
  );
  expect(attribution(article, 'the killers of Khashoggi')).toMatchObject({ speaker: 'Hatice Cengiz' });
});

describe('a relative clause that says who the speaker is', () => {
  // wikinews-british-pilot-dies-plane-crash-nine-passengers-survive-2009-10-25: the writer left out the comma before "who".
  test('"Germaine Richie who is the owner of Divi Divi Air, made a comment saying: "…"" is the owner\'s', () => {
    const article = analyze(
      'British pilot dies in plane crash; nine passengers survive',
      'In response to the allegations made, Germaine Richie who is the owner of Divi Divi Air, made a comment saying: "We reject any allegations that we are overloading planes and putting safety at risk."',
    );
    expect(attribution(article, 'We reject any allegations').speaker).toBe('Germaine Richie');
  });

  // wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-07-03, with the comma the page leaves out after "Taoiseach".
  test('"Leo Varadkar, who is the country\'s first openly-gay Taoiseach, addressed the Dáil saying, "…"" is Varadkar\'s', () => {
    const sentence =
      'On June 19, Irish Taoiseach Leo Varadkar, who is the country\'s first openly-gay Taoiseach, addressed the Dáil saying, "Sorry to the men who were criminalised for who they loved and for the hurt they suffered."';
    const span = { text: sentence, clause: sentence.indexOf('Irish'), comma: sentence.indexOf(' saying') };
    const varadkar = at(sentence, 'Leo Varadkar', true);
    expect(skipAfter(span, varadkar)).toBe(", who is the country's first openly-gay Taoiseach,".length);
    expect(verbOf(span, varadkar)).toBe('addressed');
  });

  // wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-07-03, as the page writes it, with no comma after "Taoiseach".
  test('"Leo Varadkar, who is the country\'s first openly-gay Taoiseach addressed the Dáil saying, "…"" is Varadkar\'s: the clause ends before the past verb', () => {
    const sentence =
      'On June 19, Irish Taoiseach Leo Varadkar, who is the country\'s first openly-gay Taoiseach addressed the Dáil saying, "Today the people I want to pay a special tribute to are the unknown heroes, the thousands of people whose names we do not know, who were criminalised by our forbears".';
    const span = { text: sentence, clause: sentence.indexOf('Irish'), comma: sentence.indexOf(' saying') };
    const varadkar = at(sentence, 'Leo Varadkar', true);
    expect(skipAfter(span, varadkar)).toBe(", who is the country's first openly-gay Taoiseach".length);
    expect(verbOf(span, varadkar)).toBe('addressed');
    const article = analyze('Dublin Pride 2018 attracts tens of thousands of people', sentence);
    expect(attribution(article, 'Today the people I want')).toMatchObject({ kind: 'direct', speaker: 'Leo Varadkar' });
  });

  test('an unclosed relative clause with no past verb after it is not skipped', () => {
    const sentence = 'Leo Varadkar, who is the country\'s first openly-gay Taoiseach saying "Sorry."';
    const span = { text: sentence, clause: 0, comma: sentence.indexOf(' saying') };
    expect(skipAfter(span, at(sentence, 'Leo Varadkar', true))).toBe(0);
  });

  test("a relative clause that does something is not skipped: its verb is the name's", () => {
    const sentence = 'Leo Varadkar, who addressed the Dáil, said it was time, saying "Sorry."';
    const span = spanOf(sentence, 'Leo Varadkar', 'saying');
    expect(skipAfter(span, at(sentence, 'Leo Varadkar', true))).toBe(0);
  });
});

describe('past the body a person belongs to', () => {
  // wikinews-gay-iranian-awaits-decision-asylum-2008-03-14 (development half).
  const sentence =
    'Roger Roberts of the House of Lords initiated the petition, and stated: "There is no doubt that he will be persecuted and possibly face state-sanctioned murder if he is forced to return."';

  test('"Roger Roberts of the House of Lords initiated" has its verb past the affiliation', () => {
    const span = { text: sentence, clause: 0, comma: sentence.indexOf(', and') };
    expect(verbOf(span, at(sentence, 'Roger Roberts', true))).toBe('initiated');
  });

  test('the coordinated "and stated:" is his', () => {
    const article = analyze('Gay Iranian awaits decision on asylum', sentence);
    expect(attribution(article, 'There is no doubt')).toMatchObject({ kind: 'direct', speaker: 'Roger Roberts' });
  });

  test('only a person is read past the body after it: the body itself has no affiliation skipped', () => {
    const span = { text: sentence, clause: 0, comma: sentence.indexOf(', and') };
    expect(skipAfter(span, at(sentence, 'House of Lords', false))).toBe(0);
  });
});
