import { describe, expect, test } from 'vitest';
import { statesQuestion } from '../../../../../src/core/engine/attribution/sieves/statedQuestion';
import { analyze, quotesOf } from '../helpers';

// sieves/statedQuestion.ts: a colon sentence that already states the question it reports, asked of someone, sets
// off no block quotation of the asker's.

// Wikinews, "Simple animals could live in Martian brines: Wikinews interviews planetary scientist Vlada Stamenković",
// 9 January 2019 (CC BY 2.5).
const MARS = 'Simple animals could live in Martian brines: Wikinews interviews planetary scientist Vlada Stamenković';
const ASKED_IF =
  'Wikinews asked Stamenković if he had any ideas about whether and how sponges could survive through times when the tilt was higher and less oxygen would be available:';
const ASKED_HOW =
  'Wikinews also asked Stamenković how their research is linked to the recent discovery of possible large subglacial lake below the Martian South Pole found through radar mapping.';

describe('stated question', () => {
  test('"X asked Y if …:" states the question: what the colon sets off is no words of the asker', () => {
    expect(statesQuestion(ASKED_IF)).toBe(true);
    expect(statesQuestion('The reporter asked the minister whether the plan would go ahead:')).toBe(true);
  });

  test('"X asked:" or "asked …, and he replied:" still cue what follows', () => {
    // Global Voices, Yemen, May 2012 (CC BY 3.0): the question itself follows.
    expect(statesQuestion('While Farea Al Muslimi asked:')).toBe(false);
    expect(statesQuestion('Wikinews asked Stamenković about the lake, and he replied:')).toBe(false);
    // "When asked about …, X said:" names whom it was asked of nowhere; the cue is "said".
    expect(statesQuestion('When asked about plans for a future model, Stamenković told Wikinews:')).toBe(false);
  });

  test("the reporter's next question after the colon is no quotation of Wikinews's", () => {
    const article = analyze(
      MARS,
      'Planetary scientist Vlada Stamenković of the NASA Jet Propulsion Laboratory and colleagues have developed a new chemical model of how oxygen dissolves in Martian conditions, which raises the possibility of oxygen-rich brines; enough, the work suggests, to support simple animals such as sponges.',
      ASKED_IF,
      ASKED_HOW,
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
