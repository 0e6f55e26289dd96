import { expect, test } from 'vitest';
import { nameGroups } from '../../../../src/core/engine/entities/nameGroups';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// bracketedNamePart.ts: a name an editor completed inside a quotation, its missing part in brackets, is one run of
// capitalised words across the bracket; a language tag, an acronym or a non-name in brackets joins none.

const runs = (text: string) => nameGroups(text).map((g) => g.words.join(' '));

// Global Voices, "Armenia: Firebombers released on bail" (2012), and Wikinews interviews (2014, 2015): an editor
// completes a name inside a quotation in brackets.
test('a name an editor completed in brackets is one run across the bracket', () => {
  expect(runs('Fascism has reached our door, [Lala] Aslikyan said in Armenian.')).toContain('Lala Aslikyan');
  expect(runs('Reagan in 80 and 84, [George H. W.] Bush in 88 and 92, [Phil] Gramm in 96.')).toEqual(['Reagan', 'George H. W. Bush', 'Phil Gramm']);
  expect(runs("There's Jeff [Drake], who is behind the camera.")).toContain('Jeff Drake');
  // Wikinews, "Trump announces troop withdrawal from Syria" (2019): a particle may close the bracketed part.
  expect(runs('The Kurds will now align with [Bashir al] Assad because they have nobody to count on.')).toContain('Bashir al Assad');
});

test('a language tag, an acronym or a non-name in brackets joins no name', () => {
  expect(runs('Human rights activist Mohamed [Ar] wrote about it.')).toContain('Mohamed');
  expect(runs('the University [SLU] said')).toEqual(['University', 'SLU']);
  expect(runs('[The] Moral Majority')).not.toContain('The Moral Majority');
});

test('the person a bracketed name names is called without the brackets', () => {
  const texts = ['“Fascism has reached our door and is now saying I’m here,” [Lala] Aslikyan said in Armenian.'];
  const people = findEntities(texts).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Lala Aslikyan']);
});
