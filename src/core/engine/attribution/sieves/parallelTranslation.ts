import { isCaption } from './betweenBlocks';
import type { ColonCue } from './colonBlock';
import { foreignProse, translationOf, wordsIn } from './translation';

/** The most paragraphs a block quotation in another language is seen to run over before its translation. */
const LONGEST_ORIGINAL = 6;

/** A line of three words or fewer ("Q.E.P.D.", "RIP"), which no word count tells the language of. */
const isShortLine = (text: string) => wordsIn(text) <= 3 && !/:\s*$/.test(text);

/** Whether an English paragraph stands at an original's place in its translation: a short line for a short line. */
function pairs(original: string, translation: string | undefined): boolean {
  if (translation === undefined || /:\s*$/.test(original) || /:\s*$/.test(translation)) return false;
  if (isShortLine(original)) return isShortLine(translation);
  return foreignProse(original) && translationOf(translation, original);
}

/**
 * How many paragraphs after a block quotation's first one are still its words, when it is in another language, runs over
 * several paragraphs and is then printed in English paragraph by paragraph (Global Voices, "Rafa García from Fayerwayer
 * mentioned the trending topics related [es] to the author's passing:", two paragraphs of Spanish and "Q.E.P.D.", then
 * the English of each and "RIP"). `paragraphs` are the first one and the quotable ones after it. 0 unless the first is
 * prose in another language and some run of two to six originals is matched, place by place, by the English after it:
 * prose by a translation's length of it, a short line by a short line.
 */
export function parallelTranslation(paragraphs: ReadonlyArray<string>): number {
  if (!foreignProse(paragraphs[0] ?? '')) return 0;
  for (let k = 2; k <= LONGEST_ORIGINAL && 2 * k <= paragraphs.length; k++) {
    const originals = paragraphs.slice(0, k);
    if (originals.every((original, i) => pairs(original, paragraphs[k + i]))) return 2 * k - 1;
  }
  return 0;
}

/**
 * The block quotation in another language a walk is inside, with its translation after it: set when a block
 * quotation's first paragraph opens such a run (`parallelTranslation`), it hands the colon cue on to each paragraph up
 * to the run's last, however short or ordinary they read.
 */
export class ParallelRun {
  private run: { until: number; cue: ColonCue } | null = null;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly quotable: ReadonlyArray<boolean>,
  ) {}

  /** The cue of the run a block is inside, or null. */
  cueAt(block: number): ColonCue | null {
    return this.run && block <= this.run.until ? this.run.cue : null;
  }

  /** Reads whether the block quotation whose first paragraph is `block` is in another language with its translation after. */
  open(block: number, cue: ColonCue): void {
    const after: Array<number> = [];
    for (let i = block; i < this.texts.length && after.length < 2 * LONGEST_ORIGINAL; i++)
      if (this.quotable[i] && !isCaption(this.texts[i] ?? '')) after.push(i);
    const until = after[parallelTranslation(after.map((i) => this.texts[i] ?? ''))];
    this.run = until !== undefined && until > block ? { until, cue } : null;
  }
}
