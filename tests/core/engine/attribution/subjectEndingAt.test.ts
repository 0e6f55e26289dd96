import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// subjectEndingAt.ts: the speaker words that end right before a cue verb (CueReader.subjectBefore).

// Wikinews, "Scientists report skyrocketing phytoplankton population in aftermath of Kīlauea eruption" (2019-09-08, CC BY
// 2.5), development half.
test('an organisation\'s subtitle after a colon stays in the speaker words: "Sam Wilson of UH Mānoa\'s Center for Microbial Oceanography: Research and Education (C-MORE) said, “…”" is his', () => {
  const article = analyze(
    'Scientists report skyrocketing phytoplankton population in aftermath of Kīlauea eruption',
    'Co-lead author Sam Wilson of UH Mānoa\'s Center for Microbial Oceanography: Research and Education (C-MORE) said, "The expedition in July 2018 provided a unique opportunity to see first-hand how a massive input of external nutrients alters marine ecosystems that are finely attuned to low-nutrient conditions [...] Ecosystem responses to such a substantial addition of nutrients are rarely observed or sampled in real time."',
  );
  expect(attribution(article, 'The expedition in July 2018').speaker).toBe('Sam Wilson');
});

// Wikinews, "Scotland says 'No' to independence", 2014-09-17 (CC BY 2.5), a fresh page of session 49.
describe('a participle and the people it acts on between the subject and its verb', () => {
  test('"Alistair Darling, leader of …, addressing "No" campaign workers said "…"" is Darling\'s', () => {
    const article = analyze(
      "Scotland says 'No' to independence",
      'Celebrating the continuation of the Union, Alistair Darling, leader of the pro-union Better Together campaign, addressing "No" campaign workers said "You represent the majority of opinion and your voices have been heard."',
    );
    expect(attribution(article, 'You represent the majority of opinion')).toMatchObject({ kind: 'direct', speaker: 'Alistair Darling' });
  });

  test('"campaign workers said" with no participle before them is the workers\', unnamed', () => {
    const article = analyze(
      "Scotland says 'No' to independence",
      'Alistair Darling left early. Campaign workers said "You represent the majority of opinion."',
    );
    expect(attribution(article, 'You represent the majority of opinion.').speaker).not.toBe('Alistair Darling');
  });
});

// A fresh Wikinews page (Maldives debris and MH370, August 2015), measured held out.
test('"Abdulla Rasheed, a captain of a cargo boat which recently capsized in the waters off the Maldives stated, “…”" is Rasheed\'s, not the Maldives\'', () => {
  const article = analyze(
    'Malaysia says debris found in Maldives could be from MH370',
    'Abdulla Rasheed, a captain of a cargo boat which recently capsized in the waters off the Maldives stated, "From the pictures of the debris found on most of the islands, I can almost certainly say that they are from the cargo we were carrying."',
  );
  expect(attribution(article, 'From the pictures of the debris')).toMatchObject({ speaker: 'Abdulla Rasheed' });
});

test('a place a preposition takes, with no person heading the sentence, speaks for no one', () => {
  const article = analyze('Debris', 'Russia sent ships. A cargo boat that capsized off the Maldives stated, "They are from the cargo."');
  expect(attribution(article, 'They are from the cargo').speaker).toBeNull();
});

// A fresh Wikinews page (Dublin riots, February 2006), measured held out.
test('"… parties such as Fianna Fáil, …, Sinn Féin and the Social Democratic Labour Party have condemned the violence" is not the last example\'s', () => {
  const article = analyze(
    'Riots cease in Dublin',
    "Political figures, led by President of Ireland Mary McAleese, and including leaders of major political parties from across Ireland's political spectrum such as Fianna Fáil, Fine Gael, the Democratic Unionist Party, the Irish Labour Party, Sinn Féin and the Social Democratic Labour Party have condemned the violence.",
  );
  expect(attribution(article, 'the violence').speaker).not.toBe('Social Democratic Labour Party');
});

// A fresh Wikinews page ("Libya: Rebels edge closer to Tripoli", August 2011), measured held out, and
// wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03 (development half).
describe('an aside set off by dashes between the subject and its verb', () => {
  test('is read past: "Gaddafi — in hiding since … — said in an audio recording … that …" is Gaddafi\'s', () => {
    const article = analyze(
      'Libya: Rebels edge closer to Tripoli',
      'Libyan rebels edged closer to Tripoli to help mutineers who declared a final clash with leader Muammar Gaddafi.',
      'Gaddafi — in hiding since the NATO attacks on Libya in June — said in an audio recording broadcast late yesterday that he had no intention of succumbing to the rebellion.',
    );
    expect(attribution(article, 'he had no intention of succumbing')).toMatchObject({ kind: 'reported', speaker: 'Muammar Gaddafi' });
  });

  test('a name alone between the dashes is the subject’s own: "One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press"', () => {
    const article = analyze(
      'Beachside photos of New Jersey governor draw criticism',
      'One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press, "I think it\'s a shame, it\'s hideous."',
    );
    expect(attribution(article, "I think it's a shame")).toMatchObject({ speaker: 'Matt Jenkins' });
  });
});
