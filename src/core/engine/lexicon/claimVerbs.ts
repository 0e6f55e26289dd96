/**
 * Verbs that report a claim put forward only with a clause after them: "The authors proposed that in Caudipteryx, …
 * two-legged running automatically induced wing flapping", "The team proposes the merger produced shock waves …",
 * "Chinese authorities have speculated the virus was transferred to humans …", "…, and deemed that the agreement … goes against
 * the United Nations Security Council resolution 2259" (English Wikinews and NASA pages). With an
 * object they tell an act ("Pelosi has proposed legislation", "the government proposed a bill"), and before a direct
 * quote they are no cue, so they are not REPORTING_VERBS: only the reported-speech cue-verb sieve reads them, and only
 * with a clause (`reported/notACue.ts`), as QUOTE_CUE_VERBS are read only by the direct sieves.
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const CLAIM_VERBS: ReadonlySet<string> = new Set([
  'proposed',
  'proposes',
  'proposing',
  'speculated',
  'speculates',
  'deemed',
  'deems',
  // "Mutambara charged that the Save Zimbabwe Campaign was supporting Tsvangirai" (voa-zimbabwe-mutambara-undoes-opposition-
  // unification-2007-07-30), "Union officials charged that authorities had paid …" (voa-zimbabwe-zctu-vows-proceed-general-
  // strike-2007-04-02):
  // an accusation put forward; with an object "charged" is a prosecutor's act or a price ("charged him with murder").
  'charged',
  'charges',
  // "They forecast that economic growth would decline …" (wikinews-kenyan-humanitarian-crisis-deepens-talks-continue-
  // 2008-02-07): a prediction put
  // forward; with an object it is a figure ("forecast a deficit").
  'forecast',
  'forecasts',
  // "He holds that if they were "lawful permanent residents" … then she meets the requirement" (wikinews-on-the-campaign-
  // trail-usa-august-2020-2020-09-30): a view put forward; with an object it is an act ("holds the record").
  'holds',
  // "The Office of the National Broadcasting and Telecommunications Commission agrees the case was circumstantial at
  // best" (gv-thailand-akong-dies-in-prison-2012-05-12): a view put forward with another's; with an object or an
  // infinitive it is no claim ("agrees with the plan", "agrees to pay"). ("disagrees" is a quote cue, quoteCueVerbs.ts.)
  'agrees',
  // Verbs of communication that put a claim forward less than openly or formally (Levin 1993, 37.7 "say" verbs; PARC 3.0
  // attribution cues): "He insinuates that the scheme is commanded by deputy Roberto Jefferson" (wikinews-corruption-
  // endangers-brazilian-government-2005-05-29), "Father Gaston communicated he will abide by that decision"
  // (gv-peru-priest-gaston-garatea-banned-2012-05-21), "implied that …", "hinted that …", laws that "stipulate that …" (gv-kenya-payinterns-twitter-debate-2012-05-14).
  // With an object they tell an act or a meaning ("communicated the data", "implies a cost"). Not "swore", which swears
  // officials in as often ("when he swore in Attorney General Mumba Malila shortly after he took up the president …",
  // gv-zambia-citizen-news-website-hacked-2012-05-13).
  'insinuated',
  'insinuates',
  'communicated',
  'communicates',
  'implied',
  'implies',
  'hinted',
  'hints',
  'stipulated',
  'stipulates',
  'stipulate',
  'confided',
  'confides',
]);
