/**
 * Offices, lower case, that a state's body and a civic one both name (`sources/civicTitle.ts`): "Secretary General" of
 * the UN, or of a teachers' association ("Zimbabwe Teachers Association Secretary General", voa-zimbabwe-second-
 * teachers-group-joins-strike). Such a title says nothing of which kind of body its holder speaks for.
 */
export const SHARED_OFFICES: ReadonlySet<string> = new Set(['secretary general', 'secretary-general', 'general secretary']);
