/**
 * Nouns that close a section heading of a newsletter or a round-up ("In other NASA news:", "Program updates:"): the
 * paragraphs after such a heading are the writer's own items, not the words of the body the heading names. Lower case.
 */
export const SECTION_NOUNS: ReadonlySet<string> = new Set(['news', 'updates', 'highlights', 'headlines', 'briefs', 'announcements']);
