import { governs, typeOfPhrase, national, OPENER } from './phraseType';
import { bareWord, roleAt, ROLES } from './roles';
import type { Located } from '../attribution/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/**
 * Words that may stand between a title before a name and the name: "Sgt. 1st Class", "CEO of the Refugee Council",
 * "US Ambassador to Germany", "United States Senator from Vermont" (wikinews-bernie-sanders-endorses-joe-biden-2020-04-15).
 */
const TITLE_FILLER = /^(?:\d+(?:st|nd|rd|th)|and|&|of|for|from|at|the|to)$/i;
/** A US party's word after the comma that sets a title off, right before the name. */
const PARTY_BEFORE = /,\s+((?:Republican|Democrat|Democratic)\s+)$/u;
/** The words that join a second role to a title before a name: "Journalist and teacher". */
const CONJUNCTION = /^(?:and|&)$/;
/** Words that make what follows someone's, not a role: "the minister and his wife Jane". */
const POSSESSIVE = /^(?:his|her|their|its|our|my|your|whose)$/;
/**
 * A word ending in a full stop that does not end a sentence: an initial or dotted initials ("U.S."), an honorific, a
 * role written short ("Sgt.").
 */
const abbreviation = (word: string) => /^(?:\p{Lu}\.)+$/u.test(word) || /^(?:mr|mrs|ms|dr|st|jr|no)\.$/i.test(word) || ROLES.has(word.toLowerCase());

/**
 * The title written right before a mention, outside it: "Sgt. 1st Class Luis Pumisacho", "As political strategist
 * Gleb Pavlovsky", "Economist and blogger Sergei Aleksashenko", "CEO of the Refugee Council Enver Solomon". Only a run
 * of words that holds a role and then nothing but roles, names, ordinals and the words that join them, up to the name;
 * after a role and "and", up to two lower-case words the role list lacks ("Journalist and teacher Jeso Carneiro").
 */
export function titleBefore(text: string, at: Located): Located | null {
  // "The U.S. Speaker of the House, Republican Paul Ryan, expressly disagreed" (wikinews-travel-to-us-resumes-federal-
  // judge-blocks-executive-order-2017-02-05): a party word between the title set off and the name is the name's own.
  const party = PARTY_BEFORE.exec(text.slice(Math.max(0, at.start - 20), at.start));
  if (party?.[1]) return titleBefore(text, { ...at, start: at.start - party[1].length });
  const from = Math.max(0, at.start - 100);
  // "Pacific Standard owner, Jonathan M. Stan, displays": a title set off by commas, where it opens the sentence.
  // "Hollywood Reporter critic, Kirk Honeycutt said": a sentence's opening title set off by one comma, the name then
  // its verb of telling.
  const verbAfter = isSpeechVerb(/^\s+(\p{L}+)/u.exec(text.slice(at.end, at.end + 30))?.[1] ?? '');
  // "… discussions with the Indian Foreign Secretary, Shyam Saran.": or the name closes its sentence.
  const setOff = /,\s+$/.test(text.slice(from, at.start)) && (text.startsWith(',', at.end) || verbAfter || /^[.;]/.test(text.slice(at.end, at.end + 1)));
  // "Labour MP (Member of Parliament) Tom Watson": an expansion in brackets stands between a title and its name, or the
  // comma that sets the title off ("The general secretary of the RMT union (National Union of …), Mick Cash"); blanked
  // to its length, the offsets stay the text's.
  const raw = text.slice(from, at.start).replace(/(?<=\S)\s\([^()]{1,60}\)(?=,?\s+$)/u, (aside) => ' '.repeat(aside.length));
  const before = setOff ? raw.replace(/,\s+$/, ' ') : raw;
  // "U.S. Office of Personnel Management (OPM) Director Kiran Ahuja": a body's initials in brackets are one of its words.
  const run = /((?:(?:[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*|\(\p{Lu}[\p{Lu}\p{N}&-]+\))\s+)+)$/u.exec(before);
  if (!run?.[1]) return null;
  const spans = [...run[1].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: from + run.index + w.index }));
  // A word that ends a sentence ("Monrovia. He") begins no title: the run starts after it.
  const cut = spans.findLastIndex((s) => s.word.endsWith('.') && !abbreviation(s.word));
  // A title set off by commas that opens its sentence may run long: "Haifa University geostrategy expert and former
  // Israeli security official, Avinoam Idan, said"; one before a bare name stays short.
  const last = spans.slice(cut + 1).slice(setOff ? -12 : -8);
  // "The Herald, quoted Mugabe's spokesman, George Charamba, as saying" (wikinews-zimbabwe-cabinet-meets-without-mdc-
  // ministers-2009-10-20): a possessive after a lower-case verb or preposition opens the description set off, when the
  // role it owns ends the words in lower case ("the director of Argentina's Amnesty International", "the leader of
  // Cambodia's opposition party" are the director's and the leader's).
  const ownsRole = (i: number) =>
    last.slice(i + 1).every((s) => /^\p{Ll}/u.test(s.word)) && ROLES.has(bareWord(last.at(-1)?.word ?? '')) && /^\p{Ll}+$/u.test(last[i - 1]?.word ?? '');
  const owner = setOff ? last.findIndex((s, i) => i > 0 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(s.word) && ownsRole(i)) : -1;
  const kept = owner > 0 ? last.slice(owner) : last;
  const opening = kept[0];
  const closing = kept.at(-1);
  if (!opening || !closing) return null;
  if (setOff) {
    // ", the prosecutor general of Tehran, Ali Alghasi Mehr, said": a definite description after a clause's comma.
    // "Yesterday, England's transport secretary, Grant Shapps, announced": a place's possessive opens one too.
    const owned = kept.findIndex((s) => /^\p{Lu}[\p{L}.-]*['’]s?$/u.test(s.word));
    const ownedOpening =
      owned >= 0 && kept.slice(0, owned + 1).every((s) => /^\p{Lu}/u.test(s.word)) && national(kept[owned]?.word.replace(/['’]s?$/, '') ?? '');
    // "Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated": an indefinite
    // one too, where commas set the name off on both sides.
    const indefinite = /^an?$/i.test(opening.word) && text.startsWith(',', at.end);
    const described =
      owner > 0 || ((/^the$/i.test(opening.word) || ownedOpening || indefinite) && /,\s*$/.test(text.slice(Math.max(0, opening.start - 3), opening.start)));
    const opensSentence = described || opening.start === 0 || /[.!?:"“”]\s*$/.test(text.slice(Math.max(0, opening.start - 4), opening.start));
    const phrase = kept.map((s) => s.word).join(' ');
    // "As the … discipline lead at Marshall, Kim says she loved …": a role the clause may date to another time.
    const dated = !text.startsWith(',', at.end) && /^as$/i.test(opening.word);
    if (!opensSentence) return afterPreposition(text, at, kept);
    return !dated && typeOfPhrase(phrase) ? { block: at.block, start: opening.start, end: closing.start + closing.word.length } : null;
  }
  const lower = kept.map((s) => bareWord(s.word));
  const first = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  if (first < 0) return null;
  let conjunct = 0;
  for (let i = first; i < lower.length; i++) {
    const role = roleAt(lower, i);
    if (role) {
      i += role[1] - 1;
      continue;
    }
    const word = kept[i]?.word ?? '';
    // "Journalist and teacher Jeso Carneiro", "businessman and Trump loyalist Stephen Schwarzman": after a role and
    // "and", a noun the role list lacks may name the second thing the person is; the first role still says the type.
    if (CONJUNCTION.test(lower[i - 1] ?? '') && roleAt(lower, i - 2) !== null) conjunct = 1;
    if (conjunct > 0 && conjunct <= 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !POSSESSIVE.test(word)) {
      conjunct += 1;
      continue;
    }
    // "speaker of the parliament Ali Larijani": a government's body written in lower case may close the office.
    if (!/^\(?\p{Lu}/u.test(word) && !TITLE_FILLER.test(word) && !governs(word)) return null;
  }
  if (TITLE_FILLER.test(closing.word) && !/^\d/.test(closing.word)) return null;
  const words = kept.map((k) => k.word);
  const start = capitalsBefore(words, nationBefore(words, capitalsBefore(words, first)));
  return { block: at.block, start: kept[start]?.start ?? closing.start, end: closing.start + closing.word.length };
}

/** The first of the capitalised words right before word `start` that open no phrase (`OPENER`), or `start`. */
function capitalsBefore(words: ReadonlyArray<string>, start: number): number {
  let from = start;
  while (from > 0 && /^\(?\p{Lu}/u.test(words[from - 1] ?? '') && !OPENER.test(words[from - 1] ?? '')) from--;
  return from;
}

/**
 * "Cuban parliamentary speaker Ricardo Alcaron" (wikinews-castro-recovering-following-surgery-2006-08-06), "The United
 * Nations (UN) emergency relief coordinator Jan Egeland" (wikinews-un-optimistic-tsunami-aid-effort-2005-01-03): up to
 * two words in lower case that modify a title may stand between it and the country, nationality or government that
 * makes it an office; the title then starts there. `words` are the run's, the title at word `start`; the new start.
 */
function nationBefore(words: ReadonlyArray<string>, start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const word = words[i] ?? '';
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(word) && !TITLE_FILLER.test(word) && !POSSESSIVE.test(word)) continue;
    const bare = word.replace(/^\(|\)$/g, '');
    return i < start - 1 && (national(bare) || governs(bare)) ? i : start;
  }
  return start;
}

/** Words that open a phrase a description set off before a name may follow inside a clause ("made by", "talks with"). */
const CLAUSE_PREPOSITION = /^(?:by|with|from|for|between|among)$/i;

/**
 * "a controversial statement made by President Putin's Press Secretary, Dmitri Peskov, who said" (gv-russia-putin-return-
 * online-polemics-2012-05-09), "two days of discussions with the Indian Foreign Secretary, Shyam Saran." (wikinews-burns-
 * engages-india-civil-nuclear-energy-pact-2006-01-21): a description set off by a comma after a preposition inside a
 * clause, the name then closing it as an appositive does (a comma or the sentence's end after it, not a verb: "With the
 * minister, Smith said" tells who spoke, not what he is). The description runs from the word after the last such
 * preposition (`CLAUSE_PREPOSITION`; not "of" or "to", which a title holds: "President of …", "delegate to …") to the
 * comma, opening with "the" or a capital; its span where it names a role, else null.
 */
function afterPreposition(text: string, at: Located, kept: ReadonlyArray<{ word: string; start: number }>): Located | null {
  if (!/^[,.;]/.test(text.slice(at.end, at.end + 1))) return null;
  const preposition = kept.findLastIndex((s) => CLAUSE_PREPOSITION.test(s.word));
  const described = preposition < 0 ? [] : kept.slice(preposition + 1);
  const opening = described[0];
  const closing = described.at(-1);
  if (!opening || !closing || !(/^the$/i.test(opening.word) || /^\p{Lu}/u.test(opening.word))) return null;
  return typeOfPhrase(described.map((s) => s.word).join(' ')) ? { block: at.block, start: opening.start, end: closing.start + closing.word.length } : null;
}
