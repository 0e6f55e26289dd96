import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { articleEntities } from '../../../../src/core/engine/assemble/entities';
import { entityIds } from '../../../../src/core/engine/assemble/entityIds';
import type { Slot } from '../../../../src/core/engine/assemble/slots';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';
import { person, quote } from './helpers';

const slots: Array<Slot> = [
  { id: 'headline', role: 'headline', text: 'Talks' },
  { id: 'p1', role: 'paragraph', text: '"No deal," the Kremlin said. A source close to the talks was not sure.' },
];
const kremlin: FoundEntity = { ...person('the Kremlin', [1, 11, 22]), type: 'place' };

test('a building that speaks is listed as the institution inside it', () => {
  const found = { quotes: [quote(1, 1, 9, kremlin, [11, 22], 'name')], genders: new Map(), laterGenders: new Map(), anonymity: new Map() };
  const [entity] = articleEntities(slots, [kremlin], found, entityIds([kremlin]));
  expect(entity).toMatchObject({ name: 'the Kremlin', type: 'organization' });
});

test('an unnamed source that speaks no quote is not listed as a person', () => {
  const source = person('A source close to the talks', [1, 29, 56]);
  const found = { quotes: [], genders: new Map(), laterGenders: new Map(), anonymity: new Map([[source, { reason: null }]]) };
  expect(articleEntities(slots, [source], found, entityIds([source]))).toEqual([]);
});

test('a gender the text does not state stays unknown', () => {
  const lutz = person('Dana Lutz', [1, 0, 4]);
  const found = { quotes: [], genders: new Map(), laterGenders: new Map(), anonymity: new Map() };
  const [entity] = articleEntities(slots, [lutz], found, entityIds([lutz]));
  expect(entity).toMatchObject({ name: 'Dana Lutz', gender: 'unknown', genderEvidence: null });
});

// voa-zimbabwe-mdc-accuses-government-threatening-leader-2006-03-14 (Voice of America, public domain, development half).
test('"issue a chilling statement", a description a cue was read as that speaks no quote, is no organisation of the article', () => {
  const article = analyzeArticle(
    [
      'Zimbabwe Opposition Accuses Government of Threatening Leader',
      'Zimbabwe’s main opposition group, the Movement for Democratic Change, says President Robert Mugabe’s ZANU-PF government is panicking. This follows a late night address on state television by Didymus Mutasa, minister of state security, who threatened physical harm to MDC leader Morgan Tsvangirai. In a press statement, the MDC said for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking. The statement added that the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing.',
    ].join('\n\n'),
  );
  const names = article.entities.map((e) => e.name);
  expect(names).toContain('Movement for Democratic Change');
  expect(names).not.toContain('a chilling statement');
});
