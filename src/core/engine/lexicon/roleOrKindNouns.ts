/**
 * Nouns of an organisation's kind (`organizationKinds.ts`) that also name a person's job when set before a person's
 * full name: "publisher Sebastian Kadas" (wikinews-cleo-dolly-merger-leaves-editor-sharri-markson-out-of-work-2013-11-08)
 * is the magazines' publisher, a person, where "publisher Penguin Random House" is a company. Lower case, as written
 * before the name.
 */
export const ROLE_OR_KIND_NOUNS: ReadonlySet<string> = new Set(['publisher']);
