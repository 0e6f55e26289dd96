import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// sentenceQuotes.ts: one sentence's direct quotes, then its reported speech; a short phrase in marks with no cue of its
// own is kept only inside reported speech. Sentences from the development half of tests/fixtures/real.

// voa-pays-tribute-reporter-slain-pakistan-2012-01-20.
test('"paid tribute Friday to a “courageous man”": a two-word phrase in marks with no speech around it is no quote', () => {
  const article = analyze(
    'VOA Pays Tribute To Reporter Slain In Pakistan',
    'Friends and colleagues of slain VOA reporter Mukarram Khan Aatif paid tribute Friday to a “courageous man” who refused to be intimidated by the Pakistani militants who took responsibility for his murder.',
  );
  expect(quotesOf(article).some((q) => q.text === 'courageous man')).toBe(false);
});

// wikinews-uk-asylum-questionnaire-2023-02-23.
test('"Yvette Cooper said her party has supported the idea “for months”": the short phrase inside reported speech is kept, hers', () => {
  const article = analyze(
    "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities",
    'Labour\'s Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months".',
  );
  expect(attribution(article, 'her party has supported the idea')).toMatchObject({ kind: 'reported', speaker: 'Yvette Cooper' });
  expect(attribution(article, 'for months')).toMatchObject({ kind: 'direct', speaker: 'Yvette Cooper' });
});

// wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21.
test('"John Kerry has supported the deal “in principle” while saying that …": a short phrase inside the named speaker’s cue is theirs', () => {
  const article = analyze(
    'Burns engages India on civil nuclear energy pact',
    'US senator John Kerry has supported the deal "in principle" while saying that the fine print of the agreement would need to be studied when Congress votes on the issue.',
  );
  expect(attribution(article, 'in principle')).toMatchObject({ kind: 'direct', speaker: 'John Kerry' });
  expect(attribution(article, 'the fine print of the agreement')).toMatchObject({ kind: 'reported', speaker: 'John Kerry' });
});
