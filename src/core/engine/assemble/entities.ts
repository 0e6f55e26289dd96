import type { Entity, Evidence } from '../../schema';
import type { StatedGender } from '../attribution/gender';
import type { QuotesFound } from '../attribution/findQuotes';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { statedGenders } from '../sources/genders';
import { sourceTypes } from '../sources/sourceTypes';
import { slotTexts, type Slot } from './slots';

/** A building that speaks stands for the institution inside it; a country that speaks stays a place. */
const SPEAKING_BUILDING = /^(?:the\s+)?(?:kremlin|white house|pentagon|elys[ée]e|downing street)/i;

/**
 * An organisation named by words in lower case, a description and no name: "a statement", "a chilling statement", "a
 * recent report" (a cue's speaker words read as a document, voa-zimbabwe-mdc-accuses-government-threatening-leader-2006-
 * 03-14, wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12).
 */
const describedOnly = (entity: FoundEntity) => entity.type === 'organization' && /^\p{Ll}/u.test(entity.name);

/**
 * The reader's entities: every person, place and organisation the text mentions, and every unnamed source that
 * speaks, each with its source type, its gender where the text states it and, for an unnamed source, the reason the
 * text gives, every claim with the words (evidence) it rests on. An unnamed source that speaks no quote is left out: a
 * description is a person only as one who speaks; so is an organisation or a document named only by a description
 * (`describedOnly`): a document is a source only as one quoted (docs/annotation-guide.md). A speaking building ("the
 * Kremlin said"), and a person's name that speaks as a blog, become organisations.
 */
export function articleEntities(
  slots: ReadonlyArray<Slot>,
  entities: ReadonlyArray<FoundEntity>,
  found: QuotesFound,
  ids: ReadonlyMap<FoundEntity, string>,
): Array<Entity> {
  const texts = slotTexts(slots);
  const { quotes, anonymity } = found;
  const speakers = new Set(quotes.map((q) => q.speaker).filter((s): s is FoundEntity => s !== null));
  for (const speaker of speakers) if (speaker.type === 'place' && SPEAKING_BUILDING.test(speaker.name)) speaker.type = 'organization';
  const evidence = (at: Located | null): Evidence | null => {
    const text = at ? (texts[at.block] ?? '').slice(at.start, at.end) : '';
    return at && text ? { start: at.start, end: at.end, text, blockId: slots[at.block]?.id ?? '' } : null;
  };
  const types = sourceTypes(texts, quotes, anonymity);
  // "The father said": the role noun a quote names its speaker by.
  const roleRefs = quotes.flatMap((q) => (q.speaker && q.speakerRef && q.resolution === 'role' ? [[q.speaker, q.speakerRef] as const] : []));
  const stated = statedGenders(texts, entities, found.genders, { roleRefs, quotes, later: found.laterGenders });
  return entities
    .filter((e) => speakers.has(e) || (e.mentions.length > 0 && !anonymity.has(e) && !describedOnly(e)))
    .map((e) => {
      const entity: Entity = { id: ids.get(e) ?? e.key, type: e.type, name: e.name, role: e.role, aliases: [...e.aliases].filter((a) => a !== e.name) };
      const typed = types.get(e);
      if (typed) Object.assign(entity, { sourceType: typed.type, sourceEvidence: evidence(typed.evidence) });
      // "the blog Salmón wrote": a name read as a person's that speaks as a blog (`sources/blogName.ts`) names no person.
      if (typed?.type === 'organisation' && e.type === 'person') entity.type = 'organization';
      if (e.type !== 'place') Object.assign(entity, genderOf(stated.get(e), evidence));
      const unnamed = anonymity.get(e);
      if (unnamed) entity.anonymity = { reason: evidence(unnamed.reason) };
      return entity;
    });
}

/**
 * A person's gender as the article writes it: only a gender the text states (a pronoun resolved to them, an
 * honorific, a gendered noun) with the words that state it; never from a first name. Unknown otherwise.
 */
function genderOf(stated: StatedGender | undefined, evidence: (at: Located | null) => Evidence | null): Pick<Entity, 'gender' | 'genderEvidence'> {
  const words = stated ? evidence(stated.evidence) : null;
  if (!stated || !words) return { gender: 'unknown', genderEvidence: null };
  return { gender: stated.gender === 'female' ? 'woman' : 'man', genderEvidence: words };
}
