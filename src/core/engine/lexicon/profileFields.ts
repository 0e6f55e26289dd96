/**
 * The field names a staff profile's header sets before a colon, one line each, before its questions and answers: NASA
 * Goddard's "Conversations With Goddard" profiles print `Name: Michael Thorpe`, `Title: Sedimentary and Planetary
 * Geologist`, `Formal Job Classification: Astrophysicist` and `Organization: Planetary Environments Laboratory, Science
 * Directorate (Code 699)` (usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01; fresh NASA_RAG profiles 99, 840).
 * A record's field, not a speaker's label nor a line in another language. Written as printed, capitalised.
 */
export const PROFILE_FIELDS: ReadonlySet<string> = new Set(['Name', 'Title', 'Formal Job Classification', 'Job Title', 'Organization', 'Organisation']);
