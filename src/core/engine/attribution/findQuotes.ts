import type { EntityIndex, FoundEntity } from '../entities/types';
import type { StatedGender } from './gender';
import { QuoteWalk } from './quoteWalk';
import { withForeignCues } from './foreignCue';
import { signHeadlineStatement } from './headlineStatement';
import { signPullQuotes } from './signedPullQuotes';
import { accordingTo as reportedAccordingTo } from './reported/accordingTo';
import { asCue } from './reported/asCue';
import { cueVerb } from './reported/cueVerb';
import { appealsInclude } from './reported/appealsInclude';
import { adviceIsTo } from './reported/adviceIsTo';
import { postedCall } from './reported/postedCall';
import { writtenAppeal } from './reported/writtenAppeal';
import { describedAs } from './reported/describedAs';
import { finalClause } from './reported/finalClause';
import { commalessCue } from './reported/commalessCue';
import { inViewOf } from './reported/inViewOf';
import { insertedCue } from './reported/insertedCue';
import { readingLeadIn } from './reported/leadInColon';
import { partialBeforeCue } from './reported/partialBeforeCue';
import { reportedOpeningParticiple } from './reported/openingParticiple';
import { reportedOpeningObject } from './reported/openingObject';
import { impersonalPassive, passiveBy } from './reported/passiveBy';
import type { ReportedSieve } from './reported/reported';
import { accordingTo, laterAccordingTo } from './sieves/accordingTo';
import { asPutIt } from './sieves/asPutIt';
import { characterisingCue } from './sieves/characterisingCue';
import { openingParticiple } from './sieves/openingParticiple';
import { coordinatedCue } from './sieves/coordinatedCue';
import { dashedAside } from './sieves/dashedAside';
import { documentRead } from './sieves/documentRead';
import { withPassedOnPosts } from './sieves/handleLabel';
import { issuedStatementCue } from './sieves/issuedStatementCue';
import type { DirectSieve } from './sieves/direct';
import { greetedWith } from './sieves/greetedWith';
import { labelLine } from './sieves/labelLine';
import { leadingCue } from './sieves/leadingCue';
import { passiveReport } from './sieves/passiveReport';
import { namingParticiple } from './sieves/namingParticiple';
import { passiveAgent } from './sieves/passiveAgent';
import { promptedToSay } from './sieves/promptedToSay';
import { splitQuote } from './sieves/splitQuote';
import { trailerDash } from './sieves/trailerDash';
import { trailingCue } from './sieves/trailingCue';
import { trailingDocument } from './sieves/trailingDocument';
import { wordsPointedBack } from './sieves/wordsPointedBack';
import { howTheyPutIt } from './sieves/howTheyPutIt';
import type { FoundQuote } from './types';
import { withInnerQuotes } from './innerQuotes';
import { withLabelledReplies } from './labelledReply';
import { withQuotedPosts } from './quotedPost';
import { withRepeatedWords } from './repeatedWords';
import { withTranslatedSpeakers } from './translatedQuotes';
import { withoutSelfReference } from './selfReference';
import { withSoleSpeaker } from './soleSpeaker';
import { withSelfIntroductions } from './selfIntroduction';
import { withoutUntranslatedMarks } from './untranslatedMarks';
import type { Anonymity } from './unnamedSources';
import { semicolonAccording } from './reported/semicolonAccording';

/**
 * The direct-quote sieves, most precise first (measured on the real development half): each links the
 * quote to a speaker mention or abstains, and the first that answers wins.
 */
const DIRECT_SIEVES: ReadonlyArray<DirectSieve> = [
  trailingCue,
  splitQuote,
  trailerDash,
  accordingTo,
  passiveAgent,
  promptedToSay,
  passiveReport,
  namingParticiple,
  leadingCue,
  greetedWith,
  asPutIt,
  issuedStatementCue,
  characterisingCue,
  coordinatedCue,
  openingParticiple,
  labelLine,
  wordsPointedBack,
  howTheyPutIt,
  laterAccordingTo,
  dashedAside,
  documentRead,
  trailingDocument,
];
/** The reported-speech sieves: the first that recognises the sentence's shape reads it. */
const REPORTED_CHAIN: ReadonlyArray<ReportedSieve> = [
  reportedAccordingTo,
  inViewOf,
  passiveBy,
  insertedCue,
  readingLeadIn(asCue),
  readingLeadIn(finalClause),
  commalessCue,
  partialBeforeCue,
  impersonalPassive,
  reportedOpeningParticiple,
  reportedOpeningObject,
  describedAs,
  appealsInclude,
  adviceIsTo,
  postedCall,
  writtenAppeal,
  cueVerb,
];
/** The chain, after a sentence of two clauses whose second opens "; according to" is read clause by clause. */
const REPORTED_SIEVES: ReadonlyArray<ReportedSieve> = [semicolonAccording(REPORTED_CHAIN), ...REPORTED_CHAIN];

/** The quotes of an article, and what reading them told of their sources. */
export interface QuotesFound {
  quotes: Array<FoundQuote>;
  /** Each person's gender where the text states it, with the words that state it. */
  genders: ReadonlyMap<FoundEntity, StatedGender>;
  /** The pronouns resolved to each person after the one `genders` holds, in reading order. */
  laterGenders: ReadonlyMap<FoundEntity, ReadonlyArray<StatedGender>>;
  /** The sources the text quotes without naming them, with the reason it gives. */
  anonymity: ReadonlyMap<FoundEntity, Anonymity>;
}

/**
 * Finds every direct and reported quote of an article's quotable blocks and who said it, in the
 * two-stage sieve design of Muzny et al. 2017 ("A Two-stage Sieve Approach for Quote Attribution"):
 * stage one links a quote to a mention (sieves in `sieves/` and `reported/`), stage two links the mention
 * to an entity (`coreference.ts`, `roles.ts`). A quote no sieve supports stays unattributed.
 */
export function findQuotes(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, index: EntityIndex): QuotesFound {
  const walk = new QuoteWalk(texts, quotable, index, { direct: DIRECT_SIEVES, reported: REPORTED_SIEVES });
  texts.forEach((_, block) => walk.paragraph(block));
  const signed = signHeadlineStatement(texts, quotable, signPullQuotes(texts, quotable, walk.quotes, walk.cues), index);
  const posts = withPassedOnPosts(texts, withInnerQuotes(texts, signed, walk.mentions), walk.cues);
  const withPosts = withSelfIntroductions(
    texts,
    withQuotedPosts(texts, withForeignCues(texts, withLabelledReplies(texts, posts, walk.mentions), walk.mentions)),
    walk.mentions,
  );
  const quotes = withRepeatedWords(
    texts,
    withSoleSpeaker(
      texts,
      quotable,
      withoutSelfReference(texts, withoutUntranslatedMarks(texts, quotable, withTranslatedSpeakers(texts, quotable, withPosts))),
      index,
    ),
  );
  return { quotes, genders: walk.discourse.statedGenders, laterGenders: walk.discourse.laterPronounGenders, anonymity: walk.cues.anonymity };
}
