/**
 * Nouns in lower case that name a body of people by its kind, neither a government's nor a place's: "the organization's
 * chairman, Jabulani Sibanda" (voa-zimbabwe-war-vets-leader-corruption-campaign-2007-10-12), "Sean Bonner, the group’s
 * director" (wikinews-renewed-concern-nuclear-response-atomic-bomb-anniversary-2011-08-11), "party chairman Howard Dean"
 * (wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06). The head or officer of such a body speaks for it,
 * a spokesperson (`sources/ownerBody.ts`; `docs/annotation-guide.md`, "Consistency decisions (session 39, lane
 * goldcons39)", decision 3). Lower case.
 */
export const OWNER_BODY_KINDS: ReadonlySet<string> = new Set([
  'organization',
  'organisation',
  'group',
  'party',
  'union',
  'association',
  'company',
  'firm',
  'charity',
  'foundation',
  'coalition',
  'network',
  'movement',
  'club',
]);
