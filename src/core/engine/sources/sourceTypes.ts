import { namesStaffPost, typeFromAgencyStaff } from './agencyStaff';
import { articleAgencies } from './articleAgencies';
import { typeFromBlogName } from './blogName';
import { typeFromBodyAfter } from './bodyAfter';
import { typeFromBodyBefore } from './bodyBefore';
import { commenterType } from './commenterName';
import { typeFromDefendant } from './defendant';
import { asHeldNow } from './formerRole';
import { typeFromCompetitor } from './competitor';
import { typeFromListRole } from './listRole';
import { typeFromNamedRole } from './namedRole';
import { bareWord, holdsRoleWord, wordsOf } from './roles';
import { beforeName, pastTag, typeAround, typeOfTitle } from './mentionType';
import { typeFromOwnCorrespondent } from './ownCorrespondent';
import { typeFromOwnHandle, typeFromOwnMedia } from './ownMedia';
import { typeFromOwnWriting } from './ownWriting';
import { typeFromPartyLabel } from './partyLabel';
import { penNameType } from './penName';
import { typeFromPeerTitle } from './peerTitle';
import { typeFromPresence } from './presenceClause';
import { spokesOverRank } from './spokesRank';
import { typeFromStudyPartner } from './studyPartner';
import { typeFromTakenOffice } from './swornRole';
import { typeFromTeamMember } from './teamMember';
import { tellsUnitWork } from './unitWork';
import { isUserHandle, namedAsUser } from './userHandle';
import { voicesNamed } from './voicesNamed';
import { typeFromWeakSigns } from './weakSigns';
import { typeFromWitnessClause } from './witnessClause';
import type { SourceType } from '../../schema';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';

/** A source's type and the words that show it (null when the text does not say). */
export interface TypedSource {
  type: SourceType;
  evidence: Located | null;
}

/**
 * Whether a role word stands near a mention, within 80 characters before it or 120 after ("The … Institute's
 * director, Dr. Anthony Fauci"; "Dr. Alissa Johnson, deputy chief information officer at The White House"), though no
 * reading placed it: weak signs then say nothing.
 */
function roleNear(texts: ReadonlyArray<string>, m: Located): boolean {
  const text = texts[m.block] ?? '';
  return holdsRoleWord(`${wholeWords(text, Math.max(0, m.start - 80), m.start)} ${wholeWords(text, m.end, m.end + 120)}`);
}

/** The words of `text` between two offsets, without a word the window cuts ("Intern" of "International" is none). */
function wholeWords(text: string, from: number, to: number): string {
  const cutBefore = from > 0 && /\p{L}/u.test(text.charAt(from - 1));
  const cutAfter = /\p{L}/u.test(text.charAt(to));
  return text
    .slice(from, to)
    .replace(cutBefore ? /^\p{L}+/u : /^$/, '')
    .replace(cutAfter ? /\p{L}+$/u : /^$/, '');
}

/** "said former project manager John Callas of JPL": a body's officer the mention calls former speaks for themself. */
function stillHeld(texts: ReadonlyArray<string>, m: Located, found: TypedSource | null): TypedSource | null {
  const text = texts[m.block] ?? '';
  const type = found && asHeldNow(found.type, wordsOf(text.slice(Math.max(0, m.start - 20), m.end)).map(bareWord));
  return found && type ? { ...found, type } : null;
}

/** The type the body named after a mention gives (`bodyAfter.ts`), past a language tag, as still held. */
function bodyAfter(texts: ReadonlyArray<string>, speaker: FoundEntity, m: Located): TypedSource | null {
  const text = texts[m.block] ?? '';
  return stillHeld(texts, m, typeFromBodyAfter(text, { ...m, end: pastTag(text, m.end) }, holdsRole(texts, beforeName(texts, speaker, m))));
}

/** The words each speaker's quotes name them by, in reading order (a pronoun says nothing of a type). */
function refsOf(quotes: ReadonlyArray<FoundQuote>): Map<FoundEntity, Array<Located>> {
  const refs = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerRef || q.resolution === 'pronoun') continue;
    refs.set(q.speaker, [...(refs.get(q.speaker) ?? []), q.speakerRef]);
  }
  return refs;
}

/** Whether a located phrase holds a role word ("Director" in "Director Anthony Fauci"; "Dr." holds none). */
function holdsRole(texts: ReadonlyArray<string>, at: Located | null): boolean {
  return at !== null && holdsRoleWord((texts[at.block] ?? '').slice(at.start, at.end));
}

/** The first answer a reading of each place gives, reading no further. */
function firstOf<T>(places: ReadonlyArray<Located>, read: (at: Located) => T | null): T | null {
  for (const at of places) {
    const answer = read(at);
    if (answer) return answer;
  }
  return null;
}

/** Each speaker's cues, in the quotes' order: gathered once rather than from every quote for each speaker. */
function cuesBySpeaker(quotes: ReadonlyArray<FoundQuote>): Map<FoundEntity, Array<Located>> {
  const cuesOf = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.cue) continue;
    const cues = cuesOf.get(q.speaker);
    if (cues) cues.push(q.cue);
    else cuesOf.set(q.speaker, [q.cue]);
  }
  return cuesOf;
}

/**
 * What kind of voice each speaker is (`docs/annotation-guide.md`, "Sources: type, gender, anonymity"), from the
 * words the article gives it: an unnamed source is anonymous; an organisation, or a place that speaks as its
 * government, is an organisation, unless a citizen's role word titles it as one person (`penName.ts`: "Blogger
 * happydsf") or the text introduces it as a commenter signing their words (`commenterName.ts`: "Net user ID:Doctor
 * K"); a person is what the first role word found says, looking first at the words their quotes name them by ("the
 * Russian president said"), then at every mention in reading order: its title ("Kazakh President Kassym-Jomart
 * Tokayev"), the title written before it ("As political strategist Gleb
 * Pavlovsky"), the appositive or predicate after it (", a spokeswoman for the ministry,", " is a spokesman for the
 * opposition MDC"), the body it speaks for (" for Food Standards Australia New Zealand, says"; in the possessive before it,
 * `bodyBefore.ts`: "The Korean Institute for Defense Analyses's Kim Chang-su"), or the news outlet it
 * writes for, giving its own view, as a citizen (" of The Globe and Mail"), as is one who speaks through their own blog or
 * account (`ownMedia.ts`: ", on her blog, says"); one a clause says was there is a witness (`witnessClause.ts`:
 * ", who witnessed the collision,"), as is the outlet's own correspondent closing a report (`ownCorrespondent.ts`, read
 * first: "as correspondent Netsai Mlilo reports."); a defendant whose plea, trial or sentence is told right after a name speaks for
 * themself, a citizen (`defendant.ts`: " pleaded not guilty"); one said to have been sworn in, appointed or elected as a role holds it
 * (`swornRole.ts`: " was sworn in … as Puerto Rico's new governor"); one of a legal or a research team is an expert
 * (`teamMember.ts`: ", a member of Avenatti's legal team,"), as is one a study is the work of (`studyPartner.ts`: "The
 * study was a collaborative project between … and Chris Fallows"); one of a list of names a plural role heads holds it (`listRole.ts`: "actors Dan
 * Fogler, Ron Perlman, John Rhys-Davies"), as does one a role introduces with "named" (`namedRole.ts`: "A university
 * student named Wong"); an athlete the text shows competing is a citizen (`competitor.ts`: "Brigid Kosgei of Kenya won the
 * 2019 Chicago Marathon"); a politician named by a US party's label holds office (`partyLabel.ts`: "Republican John McCain");
 * a peer, where the article names the House of Lords, sits in it (`peerTitle.ts`: "Baroness
 * Stowell"). A person no role
 * word describes, in a round-up or a panel whose opening names the voices it gathers ("Bloggers' Reactions", "NASA
 * environmental and educational experts"), is one of those voices (`lexicon/voiceGroups.ts`). Unknown otherwise, never guessed. The evidence is the phrase holding the role word.
 */
export function sourceTypes(
  texts: ReadonlyArray<string>,
  quotes: ReadonlyArray<FoundQuote>,
  anonymous: ReadonlyMap<FoundEntity, unknown>,
): Map<FoundEntity, TypedSource> {
  const typed = new Map<FoundEntity, TypedSource>();
  const said: SpeakersWords = {
    refs: refsOf(quotes),
    voices: voicesNamed(texts),
    cuesOf: cuesBySpeaker(quotes),
    agencies: articleAgencies(texts),
    unitWork: tellsUnitWork(texts),
  };
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || typed.has(speaker)) continue;
    const first = speaker.mentions[0] ?? null;
    if (anonymous.has(speaker)) typed.set(speaker, { type: 'anonymous', evidence: first });
    else if (isUserHandle(speaker.name) || [...speaker.aliases].some(isUserHandle) || namedAsUser(texts, speaker, said.refs.get(speaker)?.[0] ?? first))
      typed.set(speaker, handleOwnersType(texts, speaker, said) ?? { type: 'citizen', evidence: said.refs.get(speaker)?.[0] ?? first });
    else if (speaker.type !== 'person')
      typed.set(
        speaker,
        (speaker.type === 'organization' ? (penNameType(texts, speaker) ?? commenterType(texts, speaker)) : null) ?? {
          type: 'organisation',
          evidence: said.refs.get(speaker)?.[0] ?? first,
        },
      );
    else typed.set(speaker, personType(texts, speaker, said));
  }
  return typed;
}

/**
 * "Yemen scholar Gregory D. Johnsen", "a Saudi professor of social anthropology" (Global Voices, May 2012): a person the
 * text names by name whose tweets are quoted under a handle is what the role words the text gives them say; a user
 * known only by the handle, or by no role word, stays the citizen a handle makes.
 */
function handleOwnersType(texts: ReadonlyArray<string>, speaker: FoundEntity, said: SpeakersWords): TypedSource | null {
  if (speaker.type !== 'person' || isUserHandle(speaker.name)) return null;
  const type = personType(texts, speaker, said);
  return type.type === 'unknown' ? null : type;
}

/** What the quotes and the article say of every speaker: the words quotes name each by, each one's cues, the voices a round-up gathers. */
interface SpeakersWords {
  readonly refs: ReadonlyMap<FoundEntity, ReadonlyArray<Located>>;
  readonly cuesOf: ReadonlyMap<FoundEntity, ReadonlyArray<Located>>;
  readonly voices: TypedSource | null;
  /** The bodies the article places in a government by words of its own (`articleAgencies.ts`). */
  readonly agencies: ReadonlySet<string>;
  /** Whether the article is a federal digital office's account of its own work (`unitWork.ts`). */
  readonly unitWork: boolean;
}

/** A person's type: the first reading, in `sourceTypes`'s order, that finds a role word; unknown when none does. */
function personType(texts: ReadonlyArray<string>, speaker: FoundEntity, said: SpeakersWords): TypedSource {
  // "as correspondent Netsai Mlilo reports.": the outlet's own correspondent closing a report filed from the scene.
  const correspondent = firstOf(said.cuesOf.get(speaker) ?? [], (cue) => typeFromOwnCorrespondent(texts, cue));
  if (correspondent) return correspondent;
  // "the blog Salmón wrote", "Kettős Mérce blog reported": a blog's name read as a person's speaks as the blog (`blogName.ts`).
  const blog = firstOf(speaker.mentions, (m) => typeFromBlogName(texts[m.block] ?? '', m));
  if (blog) return blog;
  const titled = firstOf(said.refs.get(speaker) ?? [], (ref) => typeOfTitle(texts, beforeName(texts, speaker, ref)));
  const around = firstOf(speaker.mentions, (m) => typeAround(texts, speaker, m));
  // "Colonel Greg Julian, a spokesman for the U.S. military": the appositive's spokesman over the rank (`spokesRank.ts`).
  const spokes = around && spokesOverRank(titled?.type ?? null, around.type, spokenWords(texts, around.evidence));
  const read = (spokes ? around : titled) ?? around;
  // "Nicole Callahan, Digital Engagement Strategist for FSA": a post in a government body over the expert its word
  // alone makes, or where no reading knew the body (`agencyStaff.ts`).
  const staffed = !read || (read.type === 'expert' && namesStaffPost(spokenWords(texts, read.evidence) ?? ''));
  const staff = staffed
    ? firstOf(speaker.mentions, (m) => typeFromAgencyStaff(texts[m.block] ?? '', m, said.agencies, beforeName(texts, speaker, m), said.unitWork))
    : null;
  const named = staff ?? read;
  const defendant = firstOf(speaker.mentions, (m) => typeFromDefendant(texts[m.block] ?? '', m));
  // "The father said" of David Turpin, "Mohammed Waseem, brother of … Qandeel Baloch, was sentenced": a relative of the
  // victims who is the one tried speaks for themself as a defendant, no witness (`defendant.ts`).
  if (named?.type === 'witness' && defendant) return defendant;
  // Whether a role word stands near each mention, read once a mention for the readings below that all ask it.
  const near = new Map<Located, boolean>();
  const nearRole = (m: Located): boolean => {
    let held = near.get(m);
    if (held === undefined) near.set(m, (held = roleNear(texts, m)));
    return held;
  };
  const anyNearRole = () => speaker.mentions.some(nearRole);
  // "blogger Bassem Zakaria El-Samragy, who was at the sit-in": one who speaks for themself, said to have been there, is
  // a witness (`presenceClause.ts`).
  const present = (!named || named.type === 'citizen') && firstOf(speaker.mentions, (m) => presentAt(texts, m));
  if (present) return present;
  return (
    named ??
    firstOf(speaker.mentions, (m) => bodyAfter(texts, speaker, m)) ??
    firstOf(speaker.mentions, (m) => stillHeld(texts, m, typeFromBodyBefore(texts[m.block] ?? '', m))) ??
    firstOf(speaker.mentions, (m) => typeFromWitnessClause(texts[m.block] ?? '', m)) ??
    defendant ??
    firstOf(speaker.mentions, (m) => typeFromTakenOffice(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromTeamMember(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromStudyPartner(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromListRole(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromNamedRole(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromCompetitor(texts[m.block] ?? '', m)) ??
    firstOf(speaker.mentions, (m) => typeFromPartyLabel(texts[m.block] ?? '', m)) ??
    typeFromPeerTitle(texts, speaker.mentions) ??
    firstOf(speaker.mentions, (m) => typeFromWeakSigns(texts[m.block] ?? '', m, (texts[m.block] ?? '').slice(m.start, m.end), nearRole(m))) ??
    ownMedia(texts, speaker, said.cuesOf.get(speaker) ?? [], anyNearRole) ??
    typeFromOwnWriting(texts, said.cuesOf.get(speaker) ?? [], anyNearRole()) ??
    said.voices ??
    firstOf(said.cuesOf.get(speaker) ?? [], (cue) => typeFromOwnCorrespondent(texts, cue, true)) ?? { type: 'unknown', evidence: null }
  );
}

/** The witness a presence after a mention makes (`presenceClause.ts`), read past a language tag. */
const presentAt = (texts: ReadonlyArray<string>, m: Located) => typeFromPresence(texts[m.block] ?? '', { ...m, end: pastTag(texts[m.block] ?? '', m.end) });

/** The words of a located phrase, or null. */
const spokenWords = (texts: ReadonlyArray<string>, at: Located | null) => (at ? (texts[at.block] ?? '').slice(at.start, at.end) : null);

/**
 * "Diana Costa, on her blog, says": the medium may follow a mention or stand in a quote's cue (`ownMedia.ts`); a role
 * word near any mention (`anyNearRole`) says more.
 */
function ownMedia(texts: ReadonlyArray<string>, speaker: FoundEntity, cues: ReadonlyArray<Located>, anyNearRole: () => boolean): TypedSource | null {
  if (anyNearRole()) return firstOf(speaker.mentions, (m) => typeFromOwnHandle(texts[m.block] ?? '', m));
  return firstOf([...speaker.mentions, ...cues], (at) => typeFromOwnMedia(texts[at.block] ?? '', at, false));
}
