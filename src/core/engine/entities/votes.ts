/** How strongly the surroundings of a name's occurrences point to each type. */
export interface Votes {
  person: number;
  place: number;
  organization: number;
  /**
   * How many of the person votes came from words only a person takes (a role or honorific before, an age or role
   * after, "said Name", "who", "he"/"she", a first name), not from shape and verbs an organisation shares.
   */
  personCues: number;
  /**
   * How many occurrences a noun of a work, a vessel, an event or a publication stands right before or after ("film
   * Black Panther", "Vecherniye Vesti newspaper"): what the name names is a thing.
   */
  thingCues: number;
  /**
   * How many of those occurrences a noun of a work or an event sets off in apposition before the name, or an ordinal or a
   * year dates as an edition ("graphic novel Angel Catbird", "The 22nd Fan Expo Canada", "Fan Expo Canada 2016"), or a
   * blog's or website's noun follows as the thing's own ("Al Kaashif blog wrote"), rather than the name modifying the noun
   * after it ("the James Cagney film").
   */
  thingNamed: number;
  /** How many of `personCues` were only a common first name opening the name (a word that may be a common word too: "Free Culture"). */
  givenNameCues: number;
  /**
   * How many occurrences a place's or a thing's noun and a verb of naming set off in quotation marks ("a location
   * nicknamed “Bright Angel”"): the article gives that place or thing the name.
   */
  nicknamedThing: number;
  /** How many times the name occurs. */
  occurrences: number;
  /**
   * How many of those occurrences a bare "the" ("joined the Sea Org", "to the Bat Cave") or a named person's possessive
   * ("Lawrence Lessig's Free Culture") stands right before: a determiner a person's name does not take.
   */
  determined: number;
  /**
   * How many of those occurrences are a site's or a plant's name before its noun after "the" ("The Costa Sur power
   * plant", "the Johan Sverdrup oil field"): what the name names is a work of engineering.
   */
  facility: number;
}

/** Votes with nothing cast yet: what a name starts from before its first occurrence is read. */
export const noVotes = (): Votes => ({
  person: 0,
  place: 0,
  organization: 0,
  personCues: 0,
  thingCues: 0,
  thingNamed: 0,
  nicknamedThing: 0,
  givenNameCues: 0,
  occurrences: 0,
  determined: 0,
  facility: 0,
});
