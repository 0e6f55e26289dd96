import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// nameAsWritten.ts: a speaker the writer names by a name set off at the end of the speaker words — a name someone gives
// themself, a name after an indefinite description, a person in apposition to a description — speaks, and the words
// that name them are the speaker reference. Sentences from the development half of tests/fixtures/real.

// gv-zambia-netizens-question-judges-suspensions-2012-05-10.
test('"A reader signing himself as It’s a worry, wrote:" refers to the speaker by the name he signs with', () => {
  const article = analyze(
    "Zambia: Netizens Question Judges' Suspensions",
    'A reader signing himself as It’s a worry, wrote:',
    'This whole case stinks of irregularities and the crafty dealings of people like Nchito within the legal fraternity.',
  );
  expect(attribution(article, 'This whole case stinks')).toMatchObject({ speaker: 'It’s a worry', resolution: 'name', speakerRef: 'It’s a worry' });
});

// gv-zambia-netizens-question-judges-suspensions-2012-05-10.
test('"A citizen news website, Tumfweko, reported …:" refers to the speaker by the name after the description', () => {
  const article = analyze(
    "Zambia: Netizens Question Judges' Suspensions",
    'A citizen news website, Tumfweko, reported the threat by opposition political parties to impeach President Sata:',
    'A consortium of opposition Political Parties in the country says impeaching President Michael Sata remains an option.',
  );
  expect(attribution(article, 'A consortium of opposition')).toMatchObject({ speaker: 'Tumfweko', resolution: 'name', speakerRef: 'Tumfweko' });
});

// wikinews-nevada-first-majority-female-legislature-2019-02-07.
test('"A Republican Assemblywoman, Jill Tolles, also commented …:" is the person in apposition, not the description', () => {
  const article = analyze(
    'Nevada becomes first state in U.S. with majority-female legislature',
    "A Republican Assemblywoman, Jill Tolles, also commented on party disparity among female candidates: \"Before I ran for office I did look at the makeup and think, 'There's just not as many females in the Republican Party, and how do we change that?'\"",
  );
  expect(attribution(article, 'Before I ran for office')).toMatchObject({ speaker: 'Jill Tolles', resolution: 'name', speakerRef: 'Jill Tolles' });
});

// gv-yemen-nodrones-campaign-2012-05-14 (Global Voices, CC BY 3.0, development half).
test('"A Yemeni journalist and poet who goes by the name Sana2 Al-Yemen tweeted her contempt:": the name is a person’s', () => {
  const article = analyze(
    'Yemen: #NoDrones Campaign',
    'A Yemeni journalist and poet who goes by the name Sana2 Al-Yemen tweeted her contempt:',
    '@Sanasiino: It is a disgusting thought to know US officials across the globe are playing a video game with our people in #Yemen. #NoDrones',
  );
  expect(attribution(article, 'It is a disgusting thought')).toMatchObject({ kind: 'direct', speaker: 'Sana2 Al-Yemen' });
  expect(article.entities.find((e) => e.name === 'Sana2 Al-Yemen')?.type).toBe('person');
});
