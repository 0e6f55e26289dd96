import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// handleGlossedNames.ts: a Twitter user named by the name the account shows, then the handle in brackets. Sentences
// verbatim from the development half (Global Voices, May 2012, CC BY 3.0).

const people = (texts: Array<string>) => findEntities(texts, 0).entities.filter((e) => e.type === 'person');

// gv-sudan-south-sudan-newsudans-hashtag-2012-05-03.
const SUDAN = [
  'Sudan/South Sudan: Voicing Hope for #newSUDANS',
  'Aguil Lual (@AguilB) called on Sudanese and South Sudanese on Twitter to revive the momentum of Garang’s “New Sudan” speech and join the dialogue, saying:',
  'Aguil also called for freedoms and pride:',
  'Ali (@kashiff111) noted his vision for #newSUDANS:',
  'Raian Gibrel (@bro0ownsugar) envisioned women empowerment, recognition of freedoms and an end to corruption:',
  'Muhanad Rabie (@Neo0rabie) called on peaceful conflict resolution:',
  'Muhanad also voiced his hope for the return of Sudanese in the Diaspora:',
  'Moez Ali (@his_moezness) used #newSUDANS to express that Sudanese people from all tribes and ethnicities should be identified as one:',
];

describe('a name glossed by its handle names a person', () => {
  test('"Aguil Lual (@AguilB) called on …", "Raian Gibrel (@bro0ownsugar) envisioned …": names no list knows are people', () => {
    const names = people(SUDAN).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Aguil Lual', 'Raian Gibrel', 'Muhanad Rabie', 'Moez Ali']));
  });

  test('"Aguil also called for …" after "Aguil Lual (@AguilB)" is the same person, by first name', () => {
    const aguil = people(SUDAN).find((e) => e.name === 'Aguil Lual');
    expect(aguil?.mentions.map((m) => m.block)).toEqual([1, 2]);
    expect(people(SUDAN).map((e) => e.name)).not.toContain('Aguil');
  });

  test('"Ali (@kashiff111)" is a person of his own, not a short form of "Moez Ali (@his_moezness)" named later', () => {
    const found = people(SUDAN);
    const ali = found.find((e) => e.name === 'Ali');
    const moez = found.find((e) => e.name === 'Moez Ali');
    expect(ali).toBeDefined();
    expect(moez).toBeDefined();
    expect(ali).not.toBe(moez);
  });

  // gv-colombia-bomb-blast-former-minister-londono-2012-05-16.
  test('one listed given name before a handle is a person: "Richie (@MelisMatik) links …", "María (@lamarialeja) asks [es]:"', () => {
    const names = people([
      'Colombia: Bomb Blast',
      'Richie (@MelisMatik) links the attack to other events in the day [es]:',
      'María (@lamarialeja) asks [es]:',
    ]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Richie', 'María']));
  });

  // gv-panama-may-day-protests-and-work-2012-05-02.
  test('a sentence ending before the name is no part of it: "… the celebration of Labour Day. Sthaisy Smith (@Staisy09) [es] considers …"', () => {
    const names = people([
      'Panama: May Day',
      'Netizens also participated in the celebration of Labour Day. Sthaisy Smith (@Staisy09) [es] considers it madness to have to work on a day that commemorates labour:',
      'Leilani Gonzalez (@Le1lani) [es] on the other hand sees it as something logical:',
    ]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Sthaisy Smith', 'Leilani Gonzalez']));
    expect(names.some((n) => n.includes('Day'))).toBe(false);
  });

  // gv-mexico-bike-ride-protest-supervia-2012-05-01, gv-united-states-occupy-wall-street-returns-2012-05-02,
  // gv-panama-may-day-protests-and-work-2012-05-02.
  test('one unlisted word, or a name with a number, before a handle is as often a group’s account, and is no person', () => {
    const names = people([
      'Mexico: Bike ride',
      'The organisation Bicitekas [es] (@Bicitekas) wrote:',
      'Daltonicum (@Daltonicum) notes that there is even a discographic production in honour of the Occupy movement:',
      'Agenda 507 (@agenda507) [es] wants to call attention to the fact that Labour Day is for everyone and not only for the groups of labour unions that went out to march on May 1:',
    ]).map((e) => e.name);
    expect(names).not.toContain('Bicitekas');
    expect(names).not.toContain('Daltonicum');
    expect(names.some((n) => n.includes('Agenda'))).toBe(false);
  });
});
