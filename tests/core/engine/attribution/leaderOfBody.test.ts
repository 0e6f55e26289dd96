import { analyze, attribution } from './helpers';

// leaderOfBody.ts: the one who heads a body is a person and speaks, never the body named after "of". Sentences from
// the development half of tests/fixtures/real (English Wikinews, CC BY 2.5), the description between the body and the
// verb reworded where the risk lies.

const HEADLINE = 'Bangladesh reports five new deaths due to COVID-19, a daily highest';
const IEDCR =
  "As of yesterday, Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR) reported the number of recorded infected cases included 114 active cases and 33 recovered cases who were staying home.";

test('"The director of IEDCR, speaking at a news briefing, said …" is never the institute\'s', () => {
  const article = analyze(
    HEADLINE,
    IEDCR,
    'The director of IEDCR, speaking at an online news briefing, said the fatalities included four males and one female.',
  );
  expect(attribution(article, 'the fatalities included four males').speaker).toBeNull();
});

test('the director the text named before speaks when the role is read back to her', () => {
  const article = analyze(
    HEADLINE,
    IEDCR,
    'In an online news briefing, the director of IEDCR, Dr Meerjady Sabrina Flora, said the fatalities included four males and one female.',
    'The director of IEDCR, speaking again on Tuesday, said two of the victims were from Dhaka.',
  );
  expect(attribution(article, 'the fatalities included four males').speaker).toBe('Meerjady Sabrina Flora');
  expect(attribution(article, 'two of the victims were from Dhaka').speaker).not.toBe('Institute of Epidemiology, Disease Control and Research');
});

// wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16, the speaker words made a role of the university.
test('"The director of Griffith University described the findings as …" is the director\'s, not the university\'s', () => {
  const article = analyze(
    'Ancient Egyptians collected wild ibis birds for sacrifice, says study',
    'The director of Griffith University described the findings as "a major step for the study of ancient DNA."',
  );
  expect(attribution(article, 'a major step for the study of ancient DNA').speaker).toBeNull();
});

test('a spokesman for a body may still speak for it, as the annotation guide allows', () => {
  const article = analyze(
    'Ancient Egyptians collected wild ibis birds for sacrifice, says study',
    'A spokesman for Griffith University said the findings were "a major step for the study of ancient DNA."',
  );
  expect(attribution(article, 'a major step for the study of ancient DNA').speaker).not.toBeNull();
});
