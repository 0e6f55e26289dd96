/**
 * Role nouns that make a name a person's only where they are set off after it ("Martin, a British citizen, was
 * injured"), not where they stand alone as a speaker ("a citizen said" names nobody): a reader's or a resident's
 * standing, which Global Voices gives a commenter it quotes, and a lawmaker's seat. Kept out of `PERSON_ROLE_NOUNS`,
 * whose nouns also attribute a quote to the role itself. Each is a regular expression's source, lower case but for the
 * name of the house, words separated by single spaces; "citizen" only before a comma or "of", since "a Russian citizen
 * journalism platform" (gv-russia-ustream-ddos-attack-russian-blogger-2012) names a site, no person.
 *
 * Source: the session 59 development half, where "Charles, a commenter on ZDistrict has this to say:"
 * (gv-air-france-447-bloggers-media-coverage-2009-06-06) and "Shukhrat Alymbaev, another citizen of Tashkent, disagreed
 * [ru] …:" (gv-central-asia-rainstorms-floods-2014-06-02) left their quotes to nobody. Not "member" alone: a body is a
 * member of another ("Index on Censorship, a member of IFEX-TMG, commented", gv-tunisia-freedom-of-expression-campaign).
 */
export const APPOSITIVE_ONLY_ROLES: ReadonlyArray<string> = ['commenter', String.raw`citizen(?=,|\sof\s)`, 'member of [Pp]arliament'];
