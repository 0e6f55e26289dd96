import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** A passive participle and its "by" ("is further emphasized by", "as posted by"): the agent follows. */
const PASSIVE_BY = /\b(?:(?:is|was|are|were|been|being)\s+(?:(?:further|also|then|later|\p{Ll}+ly)\s+)?|as\s+)\p{Ll}{3,}ed\s+by\s+$/u;

/**
 * Verbs whose agent passes on another's words rather than speaking his own: "was quoted by", "as translated by", "is
 * cited by". The block is the quoted one's, or the original author's; never the translator's or the quoter's.
 */
const RELAYING = /\b(?:quoted|cited|translated|retweeted|reposted|reproduced|relayed|forwarded|transcribed|excerpted|paraphrased)\s+by\s+$/;

/** An agent's name as written: one to four capitalised words. */
const AGENT_RUN = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,3}/u;

/**
 * What may follow the agent before the colon: an appositive set off by a comma ("…, Senior Land Campaigner at Global
 * Witness"), where the agent published ("on the website afrik.com"), or the tag that links the post ("[fr]").
 */
const AFTER_AGENT = new RegExp(String.raw`^(?:,\s+[^,;:"“”()]{1,80}|\s+(?:on|in|at|via)\s+[^,;:"“”()]{1,60})?\s*(?:${LANGUAGE_TAG})?\s*:\s*$`, 'u');

/**
 * `The need for transparency in land deals is further emphasized by Megan MacInnes, Senior Land Campaigner at Global
 * Witness:`, `A selection of words … is presented by Falila Gbadamassi on the website afrik.com:`, `…, as posted by
 * Africamaat [fr]:` (gv-africa-land-deals-transparency-2012-05-02, gv-africa-satire-cartoons-regimes-2012-05-22,
 * gv-africa-science-blogging-sub-saharan-2012-05-20): a passive whose agent, named, closes the colon sentence sets off
 * the agent's words. The agent is the person or body the name pass read right after "by", else the capitalised words there as written
 * (`AGENT_RUN`); an agent who only relays another's words (`RELAYING`: "as translated by", "was quoted by") is no
 * speaker; nothing but an
 * appositive, a place of publication or a language tag may stand between it and the colon; null otherwise ("The
 * excerpts were reported by CNN as such:" stays the passive's, unattributed). `sentenceStart` and `end` bound the colon
 * sentence of `block`; offsets are UTF-16 code units.
 */
export function passiveLeadIn(cues: CueReader, block: number, sentenceStart: number, end: number): Subject | null {
  const text = cues.texts[block] ?? '';
  const sentence = text.slice(sentenceStart, end);
  const byAt = sentence.lastIndexOf(' by ');
  if (byAt < 0) return null;
  const agentAt = byAt + 4 + (sentence.slice(byAt + 4).length - sentence.slice(byAt + 4).trimStart().length);
  if (!PASSIVE_BY.test(sentence.slice(0, agentAt)) || RELAYING.test(sentence.slice(0, agentAt))) return null;
  const start = sentenceStart + agentAt;
  const named = cues.subjectAt(block, start);
  if (named?.entity) {
    if (named.entity.type === 'place' || named.resolution !== 'name' || named.ref.start !== start) return null;
    return AFTER_AGENT.test(text.slice(named.ref.end, end)) ? named : null;
  }
  // A name the name pass did not read ("by Falila Gbadamassi on the website afrik.com", "by Africamaat [fr]"): the agent
  // as written, capitalised words up to what may follow it, a person for two words or more, else a blog or a body.
  const run = AGENT_RUN.exec(text.slice(start, end));
  if (!run || cues.mentions.between(block, start, start + run[0].length).length > 0 || !AFTER_AGENT.test(text.slice(start + run[0].length, end))) return null;
  return cues.handleSource(block, start, start + run[0].length, run[0].includes(' ') ? 'person' : 'titled');
}
