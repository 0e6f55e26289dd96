import { describe, expect, test } from 'vitest';
import { inPeopleList } from '../../../../src/core/engine/attribution/listedPerson';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution, pronounAfter } from './helpers';

// Wikinews, "Expected U.S. Senate special election taking shape in Massachusetts" (2012-12-31, CC BY 2.5), fresh text
// read through AMALGUM (AMALGUM_news_massachusetts), in no corpus half.
const HEADLINE = 'Expected U.S. Senate special election taking shape in Massachusetts';
const SENATORS =
  'After the defeat, Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown to run for Senate again.';
const ALLUDED =
  'He alluded to a potential return during his farewell address earlier in December, noting, "As I’ve said many times before, victory and defeat is temporary... Depending on what happens, and where we go, all of us, we may obviously meet again."';
// gv-cuba-bloggers-offended-archbishop-2012-05-02 (dev half).
const BLOGGERS = 'Finally, at Translating Cuba, Wendy Iriepa and Ignacio Estrada confessed that they had "no words to describe the recent statements".';

/** Whether the person `name` names in `text` is, there, one of a list of people (`inPeopleList`). */
function listed(text: string, name: string): boolean {
  const texts = [HEADLINE, text];
  const index = findEntities(texts, 0);
  const start = text.indexOf(name);
  return inPeopleList({ block: 1, start, end: start + name.length }, texts, new MentionIndex(texts, index));
}

// wikinews-investigates-disappearance-cargo-ship-namse-bangdzod-2019-01-10 (dev half).
const CARGO = [
  'Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod',
  'Doug Miller of Milltech Marine, a firm specialising in AIS, told our correspondent an AIS transponder will broadcast automatically provided it has power and antennae, even if the crew abandoned the vessel.',
  'Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results, explained to Wikinews that crews might turn their AIS transponders off on purpose for security reasons.',
  'Miller and Smith both acknowledged faults with the AIS system on-board as possible explanations, with Miller describing issues with the signal between the transponder and the satellite receiving it as one potential scenario for intermittent data reception. He too suggested a hypothetical scenario, in which "the AIS equipment has been tampered with or has been turned off for some of the time — either intentionally or accidentally or due to a power malfunction."',
] as const;

describe('a he or she after a subject of several people named together', () => {
  test('"Senators A of X, B of Y, and C of Z each asked Brown …": each of the three is one of a list', () => {
    expect(listed(SENATORS, 'Dan Coats')).toBe(true);
    expect(listed(SENATORS, 'John McCain')).toBe(true);
    expect(listed(SENATORS, 'Olympia Snowe')).toBe(true);
  });

  test('two bloggers joined by "and" are a list too (dev sentence)', () => {
    expect(listed(BLOGGERS, 'Wendy Iriepa')).toBe(true);
  });

  test('the "He" after the senators who asked Brown is not the first senator: the pronoun abstains', () => {
    expect(pronounAfter('He', HEADLINE, SENATORS)).toBeNull();
    const article = analyze(HEADLINE, `${SENATORS} ${ALLUDED}`);
    expect(attribution(article, 'As I’ve said many times before').speaker).toBeNull();
  });

  test('one of the list named again alone in the sentence ("with Miller describing …") is still whom "He too" means (dev)', () => {
    const article = analyze(...CARGO);
    expect(attribution(article, 'the AIS equipment has been tampered with')).toMatchObject({ speaker: 'Doug Miller', resolution: 'pronoun' });
  });

  test('one person set off by a role is no list, and stays what a "He" after it means', () => {
    const text = 'A spokesman for the United Nations refugee agency, Alphonse Munyaneza, explained international funding will help pay for resettlement.';
    expect(listed(text, 'Alphonse Munyaneza')).toBe(false);
    expect(pronounAfter('He', HEADLINE, text)).toBe('Alphonse Munyaneza');
  });
});
