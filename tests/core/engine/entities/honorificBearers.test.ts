import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { honorificGender } from '../../../../src/core/engine/entities/honorificBearers';

// honorificBearers.ts: an honorific before a surname two people share names the one of its gender. Sentences from
// voa-bush-approves-refugee-funding-2008-06-20 (development half, public domain).

const HEADLINE = 'Bush Approves Additional $32 Million for Refugees';
const GEORGE =
  'U.S. President George Bush has approved more than $32 million in additional funding to support refugees and victims of conflict in Africa, the Middle East, and Asia.';
const LAURA = 'First Lady Laura Bush announced the additional funding at a White House ceremony marking World Refugee Day.';
const MRS =
  'The United States this year will spend more than $1 billion for food and shelter to help resettle refugees. Mrs. Bush says America will take in as many as 70,000 displaced people.';

/** Who the mention written `written` in the blocks names, or null when no person's mention is written so. */
function whoIs(written: string, ...texts: Array<string>) {
  const index = findEntities(texts, 0);
  const person = index.entities.find((e) => e.type === 'person' && e.mentions.some((m) => texts[m.block]?.slice(m.start, m.end) === written));
  return { person: person?.name ?? null, leftToNoOne: index.leftToNoOne.map((m) => texts[m.block]?.slice(m.start, m.end)) };
}

describe('an honorific before a shared surname', () => {
  test('"Mrs. Bush" is the First Lady, not the President whose gender the text never states', () => {
    expect(whoIs('Mrs. Bush', HEADLINE, GEORGE, LAURA, MRS).person).toBe('Laura Bush');
  });

  test('"Mr. Bush" is not the First Lady', () => {
    const mr = MRS.replace('Mrs. Bush', 'Mr. Bush');
    expect(whoIs('Mr. Bush', HEADLINE, GEORGE, LAURA, mr).person).toBe('George Bush');
  });

  test('two women of the name leave "Mrs. Bush" to no one rather than to a third person', () => {
    // The article's sentences with a second woman of the name put in: nothing then tells which one is meant.
    const both = LAURA.replace('First Lady Laura Bush', 'First Lady Laura Bush and Senator Jenna Bush');
    const found = whoIs('Mrs. Bush', HEADLINE, GEORGE, both, MRS);
    expect(found.person).toBeNull();
    expect(found.leftToNoOne).toContain('Bush');
  });

  test('a courtesy title for the other gender never joins the one bearer of the surname', () => {
    // The shape of "his wife … Mrs. X" after only the husband is named (constructed from the article's sentences).
    const john = GEORGE.replace('George Bush', 'John Bush');
    expect(whoIs('Mrs. Bush', HEADLINE, john, MRS).person).toBe('Bush');
  });
});

describe('the gender an honorific states', () => {
  test('reads the honorific opening the mention or written just before the surname', () => {
    expect(honorificGender(MRS, MRS.indexOf('Mrs.'), 'Bush')).toBe('female');
    expect(honorificGender(MRS, MRS.indexOf('Bush'), 'Bush')).toBe('female');
    expect(honorificGender('Mr Asante said', 0, 'Asante')).toBe('male');
  });

  test('states nothing for a title that is no honorific, or none at all', () => {
    expect(honorificGender(GEORGE, GEORGE.indexOf('President'), 'George')).toBeNull();
    expect(honorificGender('Bush says', 0, 'Bush')).toBeNull();
  });
});
