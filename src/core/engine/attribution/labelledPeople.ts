import { slugify } from '../../slug';
import { PLACES, ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { mentionKey, type EntityIndex, type FoundEntity } from '../entities/types';
import { NOT_NAMES } from '../lexicon/notNames';
import type { MentionIndex } from './mentions';
import { labelledPostName } from './sieves/labelledPost';
import { parenthesesLabelName } from './sieves/transcriptLabels';
import type { Located } from './types';

/**
 * A given name or a full name as a label prints it: one to three capitalised words, no initials or acronyms. Stricter
 * than the labels of `capitalisedRun.ts` on purpose: a label read here becomes a new person, so `MK`, `A.` or `WN`
 * (initials an interview glosses, or the outlet's own label) must never pass.
 */
const NAME = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}$/u;
const QUESTION = /\?["”]?\s*$/;

/**
 * People a Wikinews interview transcript names only by its `((Name))` labels: `Two sex workers, Akram Pasha, and Jaya (a
 * pseudonym), …` then `((Jaya)) I was 16 when I left home.` (fresh Wikinews page, 2020-10-18). The name pass finds no
 * person in a lone given name, but a label that opens two answer paragraphs or more and that the article's own prose
 * also writes is a person: the one whose answers they are (docs/annotation-guide.md, "Interview transcripts with speaker
 * labels"). Each becomes a person, with a mention at every label and every place the prose writes the name. Labels
 * that hold an entity already, name a place or a title word, or mostly ask questions (the interviewer's) are left alone.
 */
export function addLabelledPeople(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, index: EntityIndex, mentions: MentionIndex): void {
  addCommenters(texts, quotable, index, mentions);
  const labels = new Map<string, Array<{ at: Located; asks: boolean }>>();
  texts.forEach((text, block) => {
    const name = quotable[block] ? parenthesesLabelName(text) : null;
    if (!name) return;
    const written = text.slice(name.start, name.end);
    labels.set(written, [...(labels.get(written) ?? []), { at: { block, ...name }, asks: QUESTION.test(text) }]);
  });
  for (const [name, places] of labels) {
    if (places.length < 2 || places.filter((p) => p.asks).length * 2 >= places.length || !NAME.test(name)) continue;
    if (name.split(/[\s-]/).some((word) => NOT_NAMES.has(word) || TITLE_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase()) || PLACES.has(word))) continue;
    if (places.some((p) => mentions.between(p.at.block, p.at.start, p.at.end).length > 0)) continue;
    const prose = proseMentions(texts, quotable, name, mentions);
    if (prose.length === 0 || index.entities.some((e) => e.name === name || e.aliases.has(name))) continue;
    addPerson(name, [...prose, ...places.map((p) => p.at)], index, mentions);
  }
}

/** Adds a person of that name to `index` and `mentions`, with a mention at each place no entity holds yet. */
function addPerson(name: string, places: ReadonlyArray<Located>, index: EntityIndex, mentions: MentionIndex): void {
  const entity: FoundEntity = { key: slugify(name, 'person'), type: 'person', name, role: null, aliases: new Set(), mentions: [], roleWords: new Set() };
  index.entities.push(entity);
  for (const at of places) {
    if (index.byMention.has(mentionKey(at.block, at.start))) continue;
    entity.mentions.push({ ...at, form: 'name' });
    index.byMention.set(mentionKey(at.block, at.start), entity);
    mentions.add(entity, at);
  }
}

/** Whether a label's words may be a person's name: capitalised words, none a title, a role, a place or a non-name. */
export const nameShaped = (name: string): boolean =>
  NAME.test(name) &&
  !name.split(/[\s-]/).some((word) => NOT_NAMES.has(word) || TITLE_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase()) || PLACES.has(word));

/**
 * Readers' comments a round-up prints one a paragraph under the writer's full name and a colon (`Miko Lucena: Call it
 * desperate to regain economic strength. …`, among `Ed Dalisay: …` and `Joseph Corpuz: …`, Global Voices, Philippines,
 * May 2012): a name the name pass did not know is still a person's when the comment is in a run of such labelled
 * comments, the paragraph before or after it (a translation that opens with the same name passed over) labelled by a
 * person the text knows or by one found so. Each becomes a person with a mention at its label. A run of labels that
 * names no one known (`Simultaneous Operations:`, `Multiple Dilemmas:`, a US Army page's headings) gives no one.
 */
function addCommenters(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, index: EntityIndex, mentions: MentionIndex): void {
  const labels = texts.map((text, block) => (quotable[block] ? labelledPostName(text) : null));
  const known = labels.map(
    (label, block) =>
      label !== null && mentions.between(block, 0, label.length).some((m) => m.start === 0 && m.end === label.length && m.entity.type === 'person'),
  );
  const neighbours = (block: number, step: number): number => {
    let at = block + step;
    while (at >= 0 && at < texts.length && (!quotable[at] || (labels[block] && (texts[at] ?? '').startsWith(`${labels[block]} `)))) at += step;
    return at;
  };
  for (let changed = true; changed;) {
    changed = false;
    labels.forEach((label, block) => {
      if (!label || known[block] || !nameShaped(label) || mentions.between(block, 0, label.length).length > 0) return;
      if (!known[neighbours(block, -1)] && !known[neighbours(block, 1)]) return;
      known[block] = true;
      changed = true;
    });
  }
  labels.forEach((label, block) => {
    if (!label || !known[block] || mentions.between(block, 0, label.length).length > 0) return;
    const same = index.entities.find((e) => e.type === 'person' && e.name === label);
    if (same) mentions.add(same, { block, start: 0, end: label.length });
    else addPerson(label, [{ block, start: 0, end: label.length }], index, mentions);
  });
}

/** Where the article's prose, outside any label, writes `name` as a word of its own with no entity found there. */
function proseMentions(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, name: string, mentions: MentionIndex): Array<Located> {
  const word = new RegExp(`(?<![\\p{L}\\p{M}'’(-])${name}(?![\\p{L}\\p{M}'’)-])`, 'gu');
  return texts.flatMap((text, block) => {
    if (!quotable[block] || parenthesesLabelName(text)) return [];
    return [...text.matchAll(word)]
      .map((m) => ({ block, start: m.index, end: m.index + name.length }))
      .filter((at) => mentions.between(block, at.start, at.end).length === 0);
  });
}
