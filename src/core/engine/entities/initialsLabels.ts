import { absorbEntity } from './absorbEntity';
import { initials } from './shortForms';
import type { EntityRegistry } from './registry';
import type { FoundEntity, FoundMention } from './types';

/** Two or three capitals: the initials an interview's labels write for a speaker named in full before. */
const INITIALS = /^[A-Z]{2,3}$/;

/**
 * Whether a mention stands as a transcript's label: opening its paragraph inside double parentheses ("((PC)) Wind gusts up
 * to 90MPH"), the way English Wikinews sets off who speaks in an interview, or before a colon ("MK: I started …").
 */
function labelAt(texts: ReadonlyArray<string>, { block, start, end }: FoundMention): boolean {
  const text = texts[block] ?? '';
  const opening = text.slice(0, start);
  return (opening === '((' && text.startsWith('))', end)) || (opening === '' && text.startsWith(':', end));
}

/**
 * "((Peter Coti)) Well on the morning of Saturday …" then "((PC)) Wind gusts up to 90MPH" (wikinews-interviews-peter-
 * coti-north-eastern-us-storm-2010-03-15): an interview's later labels write a speaker's initials, which the first pass
 * takes for an organisation's acronym. When every mention of such an acronym is a label and the initials are those of
 * exactly one person the text names, the acronym is that person's: its mentions and name move to them. `texts` are every
 * block's text. Observed on English Wikinews interviews (the reporter "((MM))" is Mike Morales).
 */
export function joinInitialsLabels(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const entities = [...registry.entities.values()];
  const people = entities.filter((e) => e.type === 'person' && e.name.includes(' ') && e.mentions.length > 0);
  for (const acronym of entities) {
    if (acronym.type !== 'organization' || !INITIALS.test(acronym.name) || acronym.mentions.length === 0) continue;
    if (!acronym.mentions.every((m) => labelAt(texts, m))) continue;
    const owners: Array<FoundEntity> = people.filter((p) => initials(p.name) === acronym.name);
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (owner) absorbEntity(registry.byMention, owner, acronym);
  }
}
