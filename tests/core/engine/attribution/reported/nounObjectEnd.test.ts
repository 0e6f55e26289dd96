import { describe, expect, test } from 'vitest';
import { nounObjectEnd, takesNounObject } from '../../../../../src/core/engine/attribution/reported/nounObjectEnd';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/nounObjectEnd.ts: a noun phrase that is what was said ends before a relative with its own subject, a ", but"
// or an adjunct of when or why the speaker spoke. Sentences from English Wikinews (CC BY 2.5), development half.

/** Where the content starting after `cue` in `sentence` ends, as text. */
const objectOf = (sentence: string, cue: string): string => {
  const start = sentence.indexOf(cue) + cue.length;
  return sentence.slice(start, nounObjectEnd(sentence, start, sentence.length - 1)).trim();
};

describe('a noun phrase object ends where the writer goes on', () => {
  test('before a relative whose subject is someone else, ", but", "after" and the like', () => {
    expect(objectOf('Kupec sharply criticized the House\'s decision, which Ross has referred to as "gamesmanship".', 'criticized')).toBe(
      "the House's decision",
    );
    expect(objectOf('Quirin denied any sexual activity, but upon learning his DNA was on the underwear he changed his story.', 'denied')).toBe(
      'any sexual activity',
    );
    expect(objectOf('Protesters called for the resignation after revelations about the chats.', 'called for')).toBe('the resignation');
  });

  // gv-russia-violence-opposition-debate-tactics-2012-05-07 and wikinews-face-coverings-mandatory-england-transport-
  // 2020-06-05 (development half).
  test('before a participle set off by a comma after a determined noun phrase, not in a clause', () => {
    expect(
      objectOf(
        'Sobchak affirmed her commitment to peaceful resistance and gradual "perestroika," rejecting the radicalization of protest tactics.',
        'affirmed',
      ),
    ).toBe('her commitment to peaceful resistance and gradual "perestroika,"');
    expect(objectOf('The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding that an enquiry is underway.', 'gave')).toBe(
      'his condolences via Twitter',
    );
    // Fresh Wikinews (CC BY 2.5), "Wanda Vázquez sworn in as Governor of Puerto Rico", August 2019.
    expect(objectOf('then-Secretary Vázquez affirmed her willingness to accept the role, writing, "Puerto Rico needs certainty."', 'affirmed')).toBe(
      'her willingness to accept the role',
    );
    expect(objectOf('He repeated his support for the plan, including its tax cuts.', 'repeated')).toBe('his support for the plan, including its tax cuts');
    expect(
      objectOf('Grant Shapps announced that from June 15, wearing a face covering would become compulsory while riding public transport.', 'announced that'),
    ).toBe('from June 15, wearing a face covering would become compulsory while riding public transport');
  });

  test("a clause, a relative of the object's own and a single word run on", () => {
    // The noun phrase is the subject of a clause: "the road itself, which is straight in the vicinity, will be examined".
    const road = 'Roberts said yesterday morning the road itself, which is straight in the vicinity, will be examined as part of investigations.';
    expect(objectOf(road, 'yesterday morning')).toBe('the road itself, which is straight in the vicinity, will be examined as part of investigations');
    // "which" as the relative's subject describes the object, perhaps in the speaker's words.
    expect(objectOf('Mitsotakis reasserted the openness of the EastMed project, which is aimed at connecting the gas fields.', 'reasserted')).toBe(
      'the openness of the EastMed project, which is aimed at connecting the gas fields',
    );
    expect(objectOf('He recently condemned anti-semitism after vandalism against a synagogue in the city.', 'condemned')).toBe(
      'anti-semitism after vandalism against a synagogue in the city',
    );
    expect(objectOf('Officials said prices rise after the holidays.', 'said')).toBe('prices rise after the holidays');
  });
});

describe('only a verb that may take a noun phrase as what was said', () => {
  test('object-noun cues, calls, "denied" and "announced" do; "said" and "told", which report a clause, do not', () => {
    expect(takesNounObject('criticized', false)).toBe(true);
    expect(takesNounObject('called', true)).toBe(true);
    expect(takesNounObject('denied', false)).toBe(true);
    expect(takesNounObject('said', false)).toBe(false);
    expect(takesNounObject('told', false)).toBe(false);
  });

  test('"said we need help, but …" goes on as the speaker\'s', () => {
    const article = analyze('Flood', 'Mayor Ana Ruiz said we need help, but we can wait until Monday.');
    expect(quotesOf(article).find((q) => q.kind === 'reported')?.text).toBe('we need help, but we can wait until Monday');
  });
});

describe('in articles', () => {
  // wikinews-us-house-holds-cabinet-officers-in-contempt-2019-07-20.
  test('"sharply criticized the House\'s decision, which Ross has referred to as …" reports "the House\'s decision"', () => {
    const article = analyze(
      'US House holds cabinet officers in contempt',
      'Kerri Kupec, spokeswoman for the Trump administration\'s Department of Justice, sharply criticized the House\'s decision, which Ross has referred to as "gamesmanship" and a "stunt".',
    );
    expect(attribution(article, "the House's decision")).toMatchObject({ kind: 'reported', speaker: 'Kerri Kupec' });
    expect(quotesOf(article).find((q) => q.kind === 'reported')?.text).toBe("the House's decision");
  });

  // wikinews-puerto-rico-governor-announces-resignation-2019-07-28.
  test('"Protesters called for Rosselló\'s resignation after revelations …" reports the resignation only', () => {
    const article = analyze(
      'Puerto Rico governor announces resignation',
      "Protesters called for Rosselló's resignation after revelations he and his staffers sent anti-homosexual and misogynistic comments using Telegram, a messaging app.",
    );
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toEqual(["Rosselló's resignation"]);
  });

  // wikinews-paris-court-jails-two-police-rape-case-2019-02-02.
  test('"Quirin denied any sexual activity, but upon learning … he claimed sex had been consensual" is two reports', () => {
    const article = analyze(
      'Paris court jails two police officers',
      "Antoine Quirin and Nicolas Redouane were convicted. Quirin denied any sexual activity, but upon learning his DNA was on Spanton's underwear he claimed sex had been consensual.",
    );
    expect(attribution(article, 'any sexual activity')).toMatchObject({ kind: 'reported', speaker: 'Antoine Quirin' });
    expect(quotesOf(article).find((q) => q.text.startsWith('any sexual'))?.text).toBe('any sexual activity');
    expect(attribution(article, 'sex had been consensual')).toMatchObject({ kind: 'reported' });
  });
});

// wikinews-somali-pirates-attack-us-flagged-ship-evades-capture-2009-11-18 (Wikinews, CC BY 2.5, development half).
test('"praised … owner and crew for following maritime industry\'s best practices": a gerund after "for" goes on with what was praised', () => {
  const article = analyze(
    'Somali pirates attack US-flagged ship',
    "US Vice Admiral Bill Gortney, from the Naval Forces Central Command, issued a statement in which he praised Maersk Alabama's owner and crew for following maritime industry's best practices, including having a security team on board to help prevent a hijacking.",
    'Gortney criticized the decision following the vote.',
  );
  expect(attribution(article, "Maersk Alabama's owner and crew for")).toMatchObject({
    kind: 'reported',
    speaker: 'Bill Gortney',
  });
  expect(quotesOf(article).map((q) => q.text)).toContain("Maersk Alabama's owner and crew for following maritime industry's best practices");
  expect(quotesOf(article).map((q) => q.text)).toContain('the decision');
});
