import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

const ofType = (text: string, type: string) =>
  findEntities([text])
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// voa-zimbabwe-teachers-union-calls-off-strike-2009-09-21 (dev half, blind gold of session 32).
const ZHOU =
  'Progressive Teachers Union of Zimbabwe President Takavafira Zhou said in an interview from Masvingo that his organization’s recent charge that the Zimta strike was being pushed by the former ruling ZANU-PF party has been vindicated by the latest turn of events.';
// voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03 (dev half).
const CHIBHEBHE =
  'Zimbabwe Congress of Trade Unions Secretary General Wellington Chibhebhe and 31 others in the labor organization were arraigned today in Harare Magistrate’s court and a trial date was set for October 17, legal sources said.';

describe('an organisation, a title, then a name no list of given names knows', () => {
  test.each([
    [ZHOU, 'Takavafira Zhou', 'Progressive Teachers Union of Zimbabwe', 'Progressive Teachers Union of Zimbabwe President'],
    [CHIBHEBHE, 'Wellington Chibhebhe', 'Zimbabwe Congress of Trade Unions', 'Zimbabwe Congress of Trade Unions Secretary General'],
  ])('the person is the name alone, the organisation stands apart and the title is the role: %s', (text, person, organisation, role) => {
    const found = findEntities([text]).entities;
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toContain(person);
    expect(found.find((e) => e.name === person)?.role).toBe(role);
    expect(ofType(text, 'organization')).toContain(organisation);
    expect(found.some((e) => e.name.includes(`President ${person}`) || e.name.includes(`General ${person}`))).toBe(false);
  });

  test('the union president’s reported claim is his, not the union’s', () => {
    const article = analyze('Zimbabwe Teachers Union Calls Off Strike Amid Charges of Politicization', ZHOU);
    expect(attribution(article, 'his organization’s recent charge')).toMatchObject({ kind: 'reported', speaker: 'Takavafira Zhou' });
  });

  // "Senate President Thomas Rivera Schatz" (fresh Wikinews, August 2019, CC BY 2.5): an office before the title, no organisation's
  // full name, stays with the titled-name rules, which keep the office in the role.
  test('an office before the title is still read as part of the role', () => {
    const found = findEntities([
      'Senate President Thomas Rivera Schatz expressed opposition to the swearing-in of Pierluisi, and suggested there were not enough votes in the Senate for his confirmation.',
    ]).entities;
    expect(found.find((e) => e.type === 'person')).toMatchObject({ name: 'Thomas Rivera Schatz', role: 'Senate President' });
  });
});
