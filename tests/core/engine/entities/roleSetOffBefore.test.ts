import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { roleSetOffBefore } from '../../../../src/core/engine/entities/roleSetOffBefore';

// roleSetOffBefore.ts: a role set off by a comma before a name names its holder. Sentences verbatim from the development
// half (Global Voices 2012, CC BY 3.0; English Wikinews, CC BY 2.5).

/** The type of the entity named `name` in a headline and these paragraphs, if any. */
const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('a role, then a comma, then a name', () => {
  // gv-armenia-mashtots-park-kiosks-removed-2012-05-02.
  test('a capitalised title set off before the name ("the Armenian President, Serzh Sargsyan, ordered")', () => {
    const text =
      "After almost three months of continuous protests and sit-ins staged by activists in a battle to save Mashtots Park, the Armenian President, Serzh Sargsyan, ordered the removal of structures already constructed on the basis that they weren't aesthetically appealing, a reason that wasn't on the agenda of those fighting against illegal construction in one of Yerevan's last remaining green spaces.";
    expect(typeOf('Serzh Sargsyan', text)).toBe('person');
  });

  // wikinews-india-china-border-treaty-improve-ties-trade-2005-04-13.
  test('a title and the place it is held in ("Chinese Ambassador to India, Sun Yuxi, had said")', () => {
    const text =
      '"China has a large manufacturing base. I believe it is the world\'s factory. And India with its development in software and other areas, I feel, is the world\'s office. What I am suggesting is to bring together the factory and the office," Chinese Ambassador to India, Sun Yuxi, had said ahead of the visit.';
    expect(typeOf('Sun Yuxi', text)).toBe('person');
  });

  // wikinews-mugabe-prepared-to-fight-if-zimbabwe-elects-opposition-2008-06-14.
  test('a hyphened title of a body ("The Secretary-General of the MDC, Tendai Biti, appeared")', () => {
    const text =
      'The Secretary-General of the MDC, Tendai Biti, appeared in court today after being arrested on Thursday. Prosecutors said they planned to charge him with treason, for proclaiming victory in the March election before official results were announced and for "publishing a document that was explaining a transitional strategy around March 26". Biti\'s lawyer says these charges could carry a death penalty.';
    expect(typeOf('Tendai Biti', text)).toBe('person');
  });

  // wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30.
  test('a noun of one\'s part in the story ("claimed Jangeli\'s Sudanese counterpart, Deng Alor.")', () => {
    expect(roleSetOffBefore("claimed Jangeli's Sudanese counterpart, ", ['Deng', 'Alor'])).toBe(3);
  });

  // gv-india-pakistan-missile-launches-2012-05-08.
  test('the name\'s first word, no given name a list knows, is the holder\'s ("the president of Pakistan, Asif Ali Zardari,")', () => {
    const text =
      'These tests follow an extraordinary set of meetings between the president of Pakistan, Asif Ali Zardari, and Indian Prime Minister Manmohan Singh in Delhi earlier this month, in which the two nations pledged to increase trade ties and to fight against extremism.';
    expect(typeOf('Asif Ali Zardari', text)).toBe('person');
  });

  // wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30: "During an African Union (AU) summit Addis Ababa, capital
  // of Ethiopia, Ali Jama' Jangeli, Somali Foreign Minister, requested …".
  test('near miss: a place\'s noun set off before a name is no role ("capital of Ethiopia, Ali Jama")', () => {
    expect(roleSetOffBefore('summit Addis Ababa, capital of Ethiopia, ', ['Ali', 'Jama'])).toBe(0);
  });

  // gv-latin-america-colonial-art-2-0-2012-05-15: an opening phrase of place, set off by its comma, names no role.
  test('near miss: a phrase opening the sentence ("In Venezuela, Janeth Rodríguez manages")', () => {
    expect(roleSetOffBefore('and Peru:\n\nIn Venezuela, ', ['Janeth', 'Rodríguez'])).toBe(0);
  });

  test("near miss: one word after a role may be a body's short name, and is not read", () => {
    expect(roleSetOffBefore('said the chairman, ', ['Fidesz'])).toBe(0);
  });
});
