import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

// miscasedNames.ts: an organisation's long name written once with a word in lower case. English Wikinews, "540 million
// private Facebook records found on public Internet", 2019-04-08, CC BY 2.5 (fresh text, no gold).

const PARAGRAPH =
  "On January 28, UpGuard reportedly emailed Amazon Web Services informing them of the situation, to which on February 1 Amazon Web Services acknowledged the bucket's owner had been informed. After the database had still not been secured, UpGuard reportedly emailed Amazon Web Services again on February 21, with Amazon Web services responding that they would investigate what else could be done about it.";

test('"with Amazon Web services responding that …" is Amazon Web Services responding', () => {
  const article = analyze('540 million private Facebook records found on public Internet', PARAGRAPH);
  expect(attribution(article, 'they would investigate')).toMatchObject({ kind: 'reported', speaker: 'Amazon Web Services' });
});

test('the lower-case writing is a mention of the organisation; its first word must be written as in the name', () => {
  const index = findEntities(['Headline', PARAGRAPH, 'Later, amazon web services said nothing.'], 0);
  const aws = index.entities.find((e) => e.name === 'Amazon Web Services');
  expect(aws?.mentions.filter((m) => m.block === 1)).toHaveLength(4);
  expect(aws?.mentions.some((m) => m.block === 2)).toBe(false);
});
