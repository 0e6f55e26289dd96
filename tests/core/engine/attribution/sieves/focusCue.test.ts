import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/focusCue.ts: a colon sentence whose subject opens it hands the paragraph after it to that subject, or to the
// body a name owns.

describe('colon block: a name after the verb is no subject', () => {
  test('"Hafriz from Singapore thinks al-Zaidi should become president of the world:" never gives the post to al-Zaidi (Global Voices, "Southeast Asia: The shoe, the shoe", fresh page)', () => {
    const article = analyze(
      'Southeast Asia: The shoe, the shoe',
      'Iraqi journalist Muntadar al-Zaidi will be known for a long time as the shoe thrower.',
      'Hafriz from Singapore thinks al-Zaidi should become president of the world:',
      '"is anyone still not in the shoe-throwing craze yet? this Muntazer al-Zaidi guy is a worldwide hero. he\'s a legend. he should be president of the world."',
    );
    expect(attribution(article, 'is anyone still').speaker).not.toBe('Muntadar al-Zaidi');
  });

  test('"Three goals guided the APN service pilot:" sets off a numbered list that no one says, not the words of the body the pilot is named for (usgov-usds-collective-motherhood-peer-support-2024-06-18)', () => {
    const article = analyze(
      'Collective motherhood: Improving the parenthood journey through peer support',
      'In the summer of 2023, the U.S. Digital Service (USDS), our partners at the Health Resources and Services Administration (HRSA), and six community-based organizations in HRSA’s Healthy Start program launched a pilot service for moms—Alumni Peer Navigator (APN) services.',
      'Three goals guided the APN service pilot:',
      '1. Making benefits enrollment easier',
      '2. Strengthening client support teams',
    );
    expect(article.paragraphs.flatMap((p) => p.quotes)).toEqual([]);
  });
});

test('"Kirmizigul\'s friends and professors started a blog to make his case known:" sets off a quotation that is not Kirmizigul\'s (gv-turkey-scarf-case-student-sentencing)', () => {
  const article = analyze(
    'Turkey: Student Sentenced to 11 Years for Wearing a Scarf',
    'Cihan Kirmizigul, a student at Galatasaray University, was sentenced to 11 years in prison.',
    "Kirmizigul's friends and professors started a blog [tr] to make his case known:",
    'Galatasaray University industrial engineering student Cihan Kirmizigul has been in detention for 22 months at Tekirdag F-Type Prison.',
  );
  expect(attribution(article, 'Galatasaray University industrial engineering student')).toMatchObject({ kind: 'direct', speaker: null });
});

// On the campaign trail in the USA, September 2020 (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('"The Biden campaign recycled a statement …:" does not give the statement to Joe Biden: the campaign speaks, the name only says whose', () => {
  const article = analyze(
    'On the campaign trail in the USA, September 2020',
    'Joe Biden led Trump in the polls.',
    'The Biden campaign recycled a statement it first put out in July: "The American people will decide this election. And the United States government is perfectly capable of escorting trespassers out of the White House."',
  );
  expect(attribution(article, 'The American people will decide this election.').speaker).toBe('Biden campaign');
});
