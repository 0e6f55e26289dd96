import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/sourceDescriptor.ts: what describes a source that leads its sentence, up to the comma before what it says
// (an appositive, a relative clause, a body's kind), belongs to the cue, not to the content.

// Wikinews, 2019–2020 (CC BY 2.5), fresh text.
test('"According to X, who …, …": the content starts after the relative clause', () => {
  const article = analyze(
    'Headline',
    'According to film director Nikos Soulis, who recorded the incident, the man was burning garbage, endangering the cars parked beside them.',
  );
  expect(attribution(article, 'the man was burning garbage')).toMatchObject({ kind: 'reported', speaker: 'Nikos Soulis' });
});

// English Wikinews, "540 million private Facebook records found on public Internet", 2019-04-08, CC BY 2.5 (fresh text).
test('"According to a report on Wednesday by UpGuard, a cybersecurity firm, …" is UpGuard\'s, its appositive no part of the content', () => {
  const article = analyze(
    '540 million private Facebook records found on public Internet',
    'According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases containing user data from Facebook were found on Amazon.com web servers accessible to the public.',
  );
  expect(attribution(article, 'two databases containing user data')).toMatchObject({ kind: 'reported', speaker: 'UpGuard' });
  expect(quotesOf(article).some((q) => q.text.startsWith('a cybersecurity firm'))).toBe(false);
});
