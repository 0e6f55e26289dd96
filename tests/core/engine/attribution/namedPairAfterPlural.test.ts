import { expect, test } from 'vitest';
import { namedPairAfterPlural } from '../../../../src/core/engine/attribution/namedPairAfterPlural';
import { analyze, attribution } from './helpers';

// namedPairAfterPlural.ts: two names set off after a plural noun name the plural; the last of them is no speaker alone.
// voa-zimbabwe-police-detain-zimrights-officials-2011-05-24 (development half).
const LAWYERS =
  'Lawyers for the Zimbabwe Human Rights Association officials, Florence Ndlovu and Walter Dube, who have been denied access to their clients, said the Bulawayo magistrate court had approved the meeting after an initial dispute with police.';

test("the lawyers' report is found and given to neither of the two officials named after them", () => {
  const article = analyze(
    'Zimbabwe Police Detain Two Human Rights Association Officials',
    'Zimbabwean police in Nyamayendlovu district of Matabeleland North province Tuesday detained for a second night two officials of a rights organization they barred on Monday from conducting a public lecture on torture and human rights in Tsholotsho.',
    LAWYERS,
  );
  expect(attribution(article, 'the Bulawayo magistrate court had approved the meeting')).toMatchObject({ speaker: null });
});

test('a pair of names after a plural noun is found where its comma opens; a single name after it is not a pair', () => {
  const head = 'Lawyers for the Zimbabwe Human Rights Association officials, Florence Ndlovu and Walter Dube';
  expect(namedPairAfterPlural(head)).toBe(head.indexOf(','));
  expect(namedPairAfterPlural('Lawyers for the officials, Walter Dube')).toBeNull();
});
