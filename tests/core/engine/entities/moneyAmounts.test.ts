import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// moneyAmounts.ts: a sum written with its currency's letters is no organisation.

const named = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type !== 'place' && e.mentions.length > 0)
    .map((e) => e.name);

// gv-zambia-sata-sues-critics-defamation-2012-05-21 (Global Voices, CC BY 3.0).
test('"K500 million" in a Zambian story is a sum in kwacha, no organisation; "Hot FM Radio" beside it stays one', () => {
  const names = named('Sata in his suit also also demanded another K500 million from Hot FM Radio as the publisher of the alleged defamatory remarks.');
  expect(names).not.toContain('K500');
  expect(names).toContain('Hot FM Radio');
});

test('"KSh17.3 million" and "R20 billion" are sums; the G20 and an A380 are not', () => {
  const names = named(
    'The county spent KSh17.3 million on the stadium. The state will spend R20 billion on roads.',
    'The G20 met in Osaka, where an A380 landed.',
  );
  expect(names).not.toContain('KSh17.3');
  expect(names).not.toContain('R20');
  expect(names).toContain('G20');
});
