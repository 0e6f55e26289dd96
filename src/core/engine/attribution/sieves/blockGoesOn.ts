import type { MentionIndex } from '../mentions';
import { quotableBefore, quotableIndexBefore, quotablesAfter } from '../nearestQuotable';
import { between, carriesOn, firstFollowing, keepsVoice, runsToNextCue, translates } from './blockContinuation';
import { isCaption } from './betweenBlocks';
import type { ColonCue } from './colonBlock';
import { creditedBelow } from './creditedBelow';
import { breaksOff, insertsWords } from './editedQuotation';
import { translatesHalf } from './halfTranslated';
import { translatesRun } from './runTranslation';
import { sameVoiceGoesOn, type PronounContext } from './sameVoiceGoesOn';
import { foreignProse, goesOnInOriginal } from './translation';
import { pairedOriginal } from './pairedOriginal';
import { versesOn } from './verseLines';

/** A paragraph read after a block quotation: its text, its index among the article's `texts`, and what the walk carries. */
export interface AfterBlock {
  texts: ReadonlyArray<string>;
  quotable: ReadonlyArray<boolean>;
  block: number;
  text: string;
  /** Whether the paragraph before was an ellipsis inside the block quotation. */
  elided: boolean;
  mentions: MentionIndex;
  /** The genders and people around a cue, for whether `He continues:` hands back to the quotation's source. */
  pronouns: PronounContext;
}

/**
 * The block quotation `q` the paragraph `at` goes on with, or null: a translation of the paragraph before (of a post in two
 * languages too, `halfTranslated.ts`; of the run of paragraphs in another language before it, `runTranslation.ts`); else, unless
 * only a translation carries `q` on (a post set off by its handle), a paragraph after an elision, one that carries on,
 * one with an editor's gloss in brackets or after a paragraph broken off mid-sentence (`editedQuotation.ts`), a line of
 * verse after the poem's lines (`verseLines.ts`),
 * one a credit line naming the source closes (`creditedBelow.ts`), goes on in the original language, is the next original of
 * a run of original and English pairs (`pairedOriginal.ts`), stands between two
 * of the source's paragraphs, or keeps the quotation's voice up to the next cue (captions passed over).
 */
export function blockGoesOn(q: ColonCue, at: AfterBlock): ColonCue | null {
  const { texts, quotable, block, text, mentions } = at;
  const sourceName = q.subject.entity?.name ?? null;
  const previousQuotable = quotableBefore(texts, quotable, block);
  return translates(text, previousQuotable) ||
    translatesHalf(text, previousQuotable) ||
    translatesRun(texts, quotable, q.cue.block, block) ||
    (!q.translatedOnly &&
      (at.elided ||
        carriesOn(text) ||
        insertsWords(text) ||
        breaksOff(previousQuotable) ||
        versesOn(texts, quotable, q.cue.block, block) ||
        creditedBelow(texts, block, sourceName) ||
        goesOnInOriginal(text, previousQuotable, q) ||
        pairedOriginal(texts, quotable, block) ||
        between(text, quotablesAfter(texts, quotable, block), sourceName) ||
        (keepsVoice(
          q,
          texts[q.cue.block] ?? '',
          text,
          previousQuotable,
          quotableBefore(texts, quotable, quotableIndexBefore(quotable, block)),
          // Whether the quotation so far holds a paragraph in its original language.
          texts.slice(q.cue.block + 1, block).some((t, i) => !!quotable[q.cue.block + 1 + i] && foreignProse(t)),
        ) &&
          runsToNextCue(
            // This paragraph and the quotable ones after it, captions passed over.
            firstFollowing(texts, block, (i) => !!quotable[i] && !isCaption(texts[i] ?? ''), mentions, q.subject.entity ?? null),
            sourceName,
            (cue) => sameVoiceGoesOn(cue, q, at.pronouns),
            q.cut === true,
          ))))
    ? q
    : null;
}
