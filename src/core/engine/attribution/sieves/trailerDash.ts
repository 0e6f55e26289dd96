import type { Subject } from '../types';
import { attributeCase, type DirectCase, type DirectSieve } from './direct';

/**
 * What a pull quote's signature may hold after the name, to the paragraph's end, with no dash before the name: title
 * and affiliation words ("Aviary Task Lead", "Professor at Oakwood University", ", Hubble Program Manager 1983-1990.",
 * "Center Director of NASA’s Glenn Research Center in Cleveland"), never a lower-case verb ("Trump tweeted"). A stray
 * closing mark may end it, copied with the quote from a post (`"Work sweetens life, but not everyone likes candy."
 * Richard Hugo”`, Global Voices, Colombia, May 2012).
 */
const TITLE_TAIL = /^(?:,?\s+(?:\p{Lu}[\p{L}’'.&-]*|of|at|for|and|the|in|on|\d{4}(?:[-–]\d{4})?)){0,14}[.,]?["”]?\s*$/u;
/**
 * A photo credit after the name, where a caption carries the pull quote ("…" Shimon Peres image: David Shankbone.", a
 * Wikinews interview as GUM keeps it): the name is the one pictured and quoted, the credit's name the photographer's.
 */
const CREDIT_TAIL = /^,?\s+(?:image|photo|photograph|picture)(?:\s+(?:credit|by))?\s*:\s*\p{Lu}[^"“”]{0,60}$/u;

/**
 * Spaces, and the zero-width characters Wikinews' pull-quote template sets after its dash ("— \u200dAparna Garg, …"):
 * they separate the dash from the name as a space does.
 */
const SPACE = String.raw`[\s\u200B-\u200D\u2060\uFEFF]`;
/** The dash that opens a trailer after the closing mark, with the spaces around it. */
const TRAILER_DASH = new RegExp(`^[,.]?${SPACE}*[-—–]{1,2}${SPACE}*`, 'u');
const LEADING_SPACE = new RegExp(`^${SPACE}*`, 'u');

/** A title word of a signature ("Lt.", "Col.", "Army", "Dr.") or a parenthesised note on one ("(ret)", "(Ret.)"). */
const SIGNATURE_TITLE = /^(?:\p{Lu}[\p{L}’'.-]*|\(\p{L}[\p{L}.]{0,5}\))\s+/u;

/**
 * `"…" - Army Lt. Col. (ret) Dr. Thomas K. Adams`: the person named after the titles a signature may open with, when
 * nothing but capitalised titles and parenthesised notes on them stand between the dash and the name (at most six).
 * Null when no person by name follows them.
 */
function personAfterTitles(c: DirectCase, nameAt: number): Subject | null {
  let at = nameAt;
  for (let i = 0; i < 6; i++) {
    const title = SIGNATURE_TITLE.exec(c.text.slice(at));
    if (!title) return null;
    at += title[0].length;
    const subject = c.cues.subjectAt(c.block, at);
    if (subject) return subject.entity?.type === 'person' ? subject : null;
  }
  return null;
}

/**
 * `"…" —Commissioner Delia Fontaine` and `"…" - Name, title`: a dash after the closing mark, then the
 * speaker's name and nothing but a description to the end of the paragraph (the trailer of a pull
 * quote or a statement round-up). `“Aviary is flexible enough …” Jennifer Gratz Aviary Task Lead`: a paragraph that
 * is one quote and then a person's name and title words alone is signed so too, without a dash (observed on real news:
 * fresh NASA pages print each pull quote's signature so).
 */
export const trailerDash: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null) return null;
  const after = direct.close + 1;
  const dash = TRAILER_DASH.exec(text.slice(after));
  if (!dash) return undashedSignature(c);
  const nameAt = after + dash[0].length;
  const subject = cues.subjectAt(block, nameAt) ?? personAfterTitles(c, nameAt);
  if (!subject || subject.resolution !== 'name') return null;
  const rest = text.slice(subject.ref.end);
  if (!/^(?:,[^"“”]{0,160})?\s*[.]?\s*$/.test(rest)) return null;
  const lead = LEADING_SPACE.exec(dash[0])?.[0].length ?? 0;
  return attributeCase(c, subject, { block, start: after + lead, end: subject.ref.end }, 'trailer-dash');
};

/** The undashed signature of a quote that is its paragraph's first words: a person by name, then title words alone. */
const undashedSignature: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null || !/^\s*$/.test(text.slice(0, direct.open))) return null;
  const space = /^[,.]?\s+(?=\p{Lu})/u.exec(text.slice(direct.close + 1));
  if (!space) return null;
  const at = direct.close + 1 + space[0].length;
  const subject = cues.subjectAt(block, at);
  if (
    subject?.resolution !== 'name' ||
    subject.entity?.type !== 'person' ||
    !(TITLE_TAIL.test(text.slice(subject.ref.end)) || CREDIT_TAIL.test(text.slice(subject.ref.end)))
  )
    return null;
  return attributeCase(c, subject, { block, start: at, end: subject.ref.end }, 'trailer-dash');
};
