import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/participleCue.ts: a participle cue after a comma speaks for the sentence's subject, not the noun before it.

describe('a participle cue', () => {
  test("'X spared a thought for Y's mom, explaining:' does not give the quotation to the mom (fresh text, Global Voices)", () => {
    const article = analyze(
      'Caribbean: Supporting Our Mothers',
      "Haiti Chery, meanwhile, spared a thought for Trayvon Martin's mom, explaining:",
      "Sybrina Fulton, mother of Trayvon Matin, released a public service announcement...timed for Mother’s Day this [past] weekend, asking viewers to 'call the governor of your state' and encourage them to reconsider 'Stand Your Ground' laws like the one cited by the man who killed her son.",
    );
    expect(attribution(article, 'Sybrina Fulton, mother').speaker ?? '').not.toMatch(/mom/);
  });
});

describe('a participle cue of a posting or of a manner verb', () => {
  // Wikinews, "US President Donald Trump tests positive for COVID-19" (CC BY 2.5), fresh page, in neither half of the corpus.
  test('"Trump took to social media, posting at 12:54 am … on Twitter, “…”" is Trump’s post', () => {
    const article = analyze(
      'US President Donald Trump tests positive for COVID-19',
      'Very early yesterday morning, the United States President Donald Trump reported he and his wife First Lady Melania Trump tested positive for COVID-19.',
      'Trump took to social media, posting at 12:54 am local time (0454 UTC) on Twitter, "Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately. We will get through this TOGETHER!"',
    );
    expect(attribution(article, 'Tonight, [Melania]')).toMatchObject({ speaker: 'Donald Trump', cue: 'Trump took to social media, posting' });
  });

  // Wikinews, "On the campaign trail in the USA, July 2020" (CC BY 2.5), fresh page, in neither half of the corpus.
  test('"West held his first campaign rally …, where he tearfully discussed …, screaming “…”" is West’s', () => {
    const article = analyze(
      'On the campaign trail in the USA, July 2020',
      'Rapper Kanye West announced his candidacy on July 4.',
      'West held his first campaign rally in Charleston, where he tearfully discussed potentially aborting his first child with wife Kim Kardashian, screaming "I almost killed my daughter!"',
    );
    expect(attribution(article, 'I almost killed my daughter!').speaker).toBe('Kanye West');
  });
});

// Global Voices (CC BY 3.0), development half: gv-zambia-netizens-question-judges-suspensions-2012-05-10.
test('"Reporting on the suspension …, the Independent Post wrote:" sets off the paper\'s words: an opening participle has the main clause\'s subject, before a past speech verb too', () => {
  const article = analyze(
    "Zambia: Netizens Question Judges' Suspensions",
    'Reporting on the suspension and subsequent appointing of the tribunal, the Independent Post wrote:',
    'The head of State noted that his office has received numerous complaints about Justices Philip Musonda who is a Supreme court Judge, Charles Kajimanga and Nigel Mutuna who are High court Judges, from the Law association of Zambia, Lawyers within the judiciary and members of the public.',
  );
  expect(attribution(article, 'The head of State noted')).toMatchObject({ kind: 'direct', speaker: 'Independent Post' });
});
