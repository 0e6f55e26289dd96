import { describe, expect, test } from 'vitest';
import { coordinatedPluralPresent, misreadPluralPresent, pluralPresentCue } from '../../../../../src/core/engine/attribution/reported/pluralPresent';
import type { Subject } from '../../../../../src/core/engine/attribution/types';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/pluralPresent.ts: a plural present ("claim", "note") is a group's cue, never a name's nor the writer's imperative.

const unnamed: Subject = { ref: { block: 1, start: 0, end: 9 }, entity: null, resolution: 'unattributed', antecedent: null };
const named: Subject = { ...unnamed, resolution: 'name' };

test('an unnamed group before "claim" is its subject; a name read there, or no subject at all, is not', () => {
  // wikinews (Karol Bagh hotel fire); US Army ARCIC (force design); NASA (XMM-Newton, Cloverleaf).
  expect(misreadPluralPresent('claim', unnamed, 'Activists ')).toBe(false);
  expect(misreadPluralPresent('note', unnamed, 'Also, ')).toBe(true);
  expect(misreadPluralPresent('suggest', named, 'Now, new observations of one dubbed the Cloverleaf ')).toBe(true);
  expect(misreadPluralPresent('said', named, 'Smith ')).toBe(false);
});

test('a plural present cues speech only right after a plural group that speaks, or "they"', () => {
  // NASA (Horsehead nebula; Martian moons), wikinews (Karol Bagh hotel fire), fresh pages.
  expect(pluralPresentCue('estimate', 'Astronomers ')).toBe(true);
  expect(pluralPresentCue('contend', 'Some astronomers ')).toBe(true);
  expect(pluralPresentCue('claim', 'Activists ')).toBe(true);
  expect(pluralPresentCue('note', 'they ')).toBe(true);
  expect(pluralPresentCue('report', 'A police ')).toBe(false);
  expect(pluralPresentCue('report', 'how researchers can ')).toBe(false);
  expect(pluralPresentCue('suggest', 'The results ')).toBe(false);
  expect(pluralPresentCue('Note', '')).toBe(false);
  expect(pluralPresentCue('said', 'Activists ')).toBe(false);
});

// gv-ethiopia-g8-summit-press-freedom-2012-05-18 (development half).
test('"netizens maintain that …" is a group\'s cue; "maintain" after no group that speaks is an act', () => {
  const article = analyze(
    'Ethiopia: G8 Summit and Press Freedom',
    'While the state media continuously highlights economic achievements, netizens maintain that free press is key to stable economic growth and food security.',
  );
  expect(attribution(article, 'free press is key to stable economic growth and food security')).toMatchObject({ kind: 'reported', speaker: null });
  expect(pluralPresentCue('maintain', 'the Army to ')).toBe(false);
});

// wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14 and gv-brazil-falha-countersues-folha-2012-05-07
// (development half).
test('a group qualified by a phrase with a name in it speaks unnamed: "Critics of China contend that …", "the authors of Falha allege …"', () => {
  expect(pluralPresentCue('contend', 'Critics of China ')).toBe(true);
  expect(pluralPresentCue('allege', 'While the authors of Falha ')).toBe(true);
  const china = analyze(
    'International row as Spielberg quits Beijing Olympics',
    "Critics of China contend that China supports the Islamic regime in Sudan because it buys two-thirds of the country's oil exports and also sells it weapons. Further, China has been defending the government in Khartoum in the United Nations Security Council.",
  );
  expect(attribution(china, 'China supports the Islamic regime in Sudan')).toMatchObject({ kind: 'reported', speaker: null });
});

describe('a plural present after "and", going on with the clause’s subject', () => {
  // wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24 (development half).
  test('"They say … and suggest the camp’s tents were obvious": two reported clauses, each with its own cue', () => {
    const article = analyze(
      'Nigerian refugee camp airstrike death toll passes 100',
      "Human Rights Watch have called for compensation for victims. They say the military is not absolved of liability and suggest the camp's tents were obvious.",
    );
    expect(attribution(article, 'the military is not absolved of liability')).toMatchObject({
      kind: 'reported',
      speaker: 'Human Rights Watch',
      cue: 'They say',
    });
    expect(attribution(article, "the camp's tents were obvious")).toMatchObject({ kind: 'reported', speaker: 'Human Rights Watch', cue: 'suggest' });
  });

  // wikinews-northern-arapaho-welcome-buffalo-herd-wyoming-2019-10-19 (development half).
  test('"The Arapaho have plans … and report they are considering …": reported, left unattributed', () => {
    const article = analyze(
      'Northern Arapaho welcome buffalo herd',
      "The Arapaho have plans to widen the buffalo's range to 600 acres and report they are considering eventually pooling resources with the nearby Eastern Shoshone Tribe, who currently have a herd of 33 buffalo.",
    );
    expect(attribution(article, 'they are considering eventually pooling resources')).toMatchObject({ kind: 'reported', speaker: null, cue: 'report' });
  });

  // usgov-gsa-opm-alert-push-notifications-2016-02-23 (development half).
  test('"the costs to build and maintain the server made …" joins two infinitives, and reports nothing', () => {
    expect(coordinatedPluralPresent('maintain', 'recognized that the costs to build and ', ' the server made an outside vendor more feasible')).toBe(false);
    expect(coordinatedPluralPresent('suggest', 'They say the military is not absolved of liability and ', " the camp's tents were obvious")).toBe(true);
  });
});

// A round-up's unnamed voices in the present (lexicon/roundUpPresents.ts): wikinews-bush-social-security-price-indexing-
// 2005-01-04 and gv-bolivia-protests-sweep-country-2012-05-10 (development half).
test('"opponents … point out that …", "protesters demand …": a plural group speaking in the present reports its words', () => {
  const opponents = analyze(
    'Bush to Propose Major Overhaul of Social Security Benefits',
    'Opponents of the price-indexing proposal point out that inflation-based calculations of benefits, by linking benefits to prices but not wage levels, would cut retirees out from future increases in living standards since it is wages and not prices that determine standards of living.',
  );
  expect(attribution(opponents, 'inflation-based calculations of benefits')).toMatchObject({ kind: 'reported', speaker: null });
  const protesters = analyze(
    'Bolivia: Protests Sweep Across the Country',
    'Although president Morales “suspended” Decree 1126 on May 4 and called for a “Health Summit” in July, protesters demand a repeal instead of a suspension and reaffirm their claim to be part of the General Labour Law under full payment and benefits for extra hours.',
  );
  expect(attribution(protesters, 'a repeal instead of a suspension')).toMatchObject({ kind: 'reported', speaker: null });
  expect(pluralPresentCue('complain', 'Bloggers ')).toBe(true);
  expect(pluralPresentCue('wonder', 'Some netizens ')).toBe(true);
  // Not after a word that is no group that speaks: "The questions demand answers".
  expect(pluralPresentCue('demand', 'The questions ')).toBe(false);
});

test('"point" reports only with "out": a group pointing to something says nothing', () => {
  const critics = analyze(
    'Bush to Propose Major Overhaul of Social Security Benefits',
    'Critics point to the rising costs of the proposal for younger workers.',
  );
  expect(quotesOf(critics).filter((q) => q.kind === 'reported')).toEqual([]);
});

describe('a plural present after any group the subject readers describe, and after a sentence-opening "They"', () => {
  // wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20 (development half).
  test('"They claim the prosecution is politically motivated …" opens its sentence and still cues', () => {
    expect(pluralPresentCue('claim', 'They ')).toBe(true);
    const article = analyze(
      'Istanbul court acquits Pinar Selek for fourth time',
      'The case has attracted supporters of Selek in Turkey and France. They claim the prosecution is politically motivated to prevent her from conducting sociological research.',
    );
    expect(attribution(article, 'the prosecution is politically motivated to prevent her from conducting sociological research')).toMatchObject({
      kind: 'reported',
    });
  });

  // wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11, gv-bolivia-tipnis-road-new-conflict-2012-05-10
  // (development half).
  test('"Police allege that …", "Police state she contacted them …", "indigenous organizations emphasize that …"', () => {
    const police = analyze(
      'Brazilian footballer arrested',
      'Police allege that Samudio was abducted from a hotel in Rio de Janerio and driven for six hours to reach a house belonging to Santos near Belo Horizonte. Police state she contacted them earlier to complain of violence and threats from Fernandes.',
    );
    expect(attribution(police, 'Samudio was abducted from a hotel in Rio de Janerio')).toMatchObject({ kind: 'reported', speaker: null });
    expect(attribution(police, 'she contacted them earlier to complain of violence and threats from Fernandes')).toMatchObject({
      kind: 'reported',
      speaker: null,
    });
    const bolivia = analyze(
      'Bolivia: TIPNIS road, a new conflict',
      'Still, indigenous organizations emphasize that their protest is about their right to be consulted before policies concerning their territories are implemented.',
    );
    expect(attribution(bolivia, 'their protest is about their right to be consulted')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('near misses: "a police state that …" and a singular before the present are no group speaking', () => {
    expect(pluralPresentCue('state', 'Egypt became a police ', () => true)).toBe(false);
    expect(pluralPresentCue('claim', 'One report ', () => true)).toBe(false);
    // Things in -ors name no group: "The rumors state that Wang has requested political asylum".
    expect(pluralPresentCue('state', 'The rumors ')).toBe(false);
    const article = analyze('Egypt', 'Egypt became a police state that silenced critics for decades.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});

describe("reports with no source as a plural present's subject", () => {
  test('"some reports claim money was laundered …" (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29)', () => {
    expect(pluralPresentCue('claim', 'Although the Arabic document does not indicate any cash was actually handed over, some reports ')).toBe(true);
    expect(pluralPresentCue('claim', 'though official reports still ')).toBe(true);
  });

  test('near miss: rumours stay no speaker (agentlessPlurals.ts), nor does a thing in the singular', () => {
    expect(pluralPresentCue('claim', 'The rumors ')).toBe(false);
    expect(pluralPresentCue('claim', 'The report ')).toBe(false);
  });
});
