import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/titleBeforeName.ts: a title before a name in a colon cue is the person's role, not a body's name.

const ZAMBIA = 'Zambia: Fuel Shortages';
const WATCHDOG = 'The Zambian Watchdog reports:';
const REPORT = 'The crude oil importation deals entered by the PF government are finally being felt in various parts of the country through fuel shortages.';
const BLOCK = 'There is no fuel crisis in this country and there will be none.';

describe('title before a name in a colon cue', () => {
  // break31 probe b1, the shape of a Global Voices round-up quoting a minister through a paper.
  test("the block after 'The story goes on to quote Energy Minister Yamfwa Mukanga:' is the minister's, not 'Energy''s", () => {
    const article = analyze(ZAMBIA, WATCHDOG, REPORT, 'The story goes on to quote Energy Minister Yamfwa Mukanga:', BLOCK);
    expect(attribution(article, 'There is no fuel crisis')).toMatchObject({ kind: 'direct', speaker: 'Yamfwa Mukanga', resolution: 'name' });
  });

  test('a title word that is no body head before the name gives the same speaker', () => {
    const article = analyze(ZAMBIA, WATCHDOG, REPORT, 'The story goes on to quote Finance Minister Yamfwa Mukanga:', BLOCK);
    expect(attribution(article, 'There is no fuel crisis')).toMatchObject({ kind: 'direct', speaker: 'Yamfwa Mukanga' });
  });

  test('a body named on its own before a colon still speaks', () => {
    const article = analyze(ZAMBIA, 'The Zambia Energy Regulation Board said in a statement:', BLOCK);
    expect(attribution(article, 'There is no fuel crisis')).toMatchObject({ kind: 'direct', speaker: 'Zambia Energy Regulation Board' });
  });
});
