/**
 * Words that name a body of learning or research ("the University of Essex", "the Harvard–Smithsonian Center for
 * Astrophysics" is not one: its name holds none of them), whose members speak from knowledge: "Steve Peers of the
 * University of Essex said" is an expert (`docs/annotation-guide.md`: "researcher, professor, scientist", "a
 * think-tank fellow"). Lower case.
 */
export const RESEARCH_BODIES: ReadonlySet<string> = new Set([
  'university',
  'college',
  'institute',
  'institution',
  'laboratory',
  'laboratories',
  'observatory',
  'polytechnic',
]);

/**
 * Words that make a body with a learned name a members' body instead ("University of Zambia Students Union", "the
 * Union of Concerned Scientists"): its members speak for it, not from knowledge, and the name alone does not say which.
 * Lower case.
 */
export const MEMBERS_BODIES: ReadonlySet<string> = new Set(['union', 'association', 'society', 'club', 'party', 'league', 'federation', 'council']);
