/**
 * Heads of a company or another private body (`sources/phraseType.ts`): "CEO Brad Hunstable" (gv-russia-ustream-ddos-
 * attack-russian-blogger-2012-05-10), "Acting Chief Executive Officer Sifiso Ndlovu of the Zimbabwe Teachers Association"
 * (voa-zimbabwe-striking-teachers-defy-directive-2009-02-09). An executive speaking for a private body's work is its
 * spokesperson (`docs/annotation-guide.md`, "Consistency decisions (session 39, lane goldcons39)", decision 3); the
 * title, capitalised before a name, is no office of public life, where "President" or "Secretary" may be. A government's
 * chief executive is read first, by the government its words name. Lower case, as `heldRoles.ts` lists them.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'ceo',
  'chief executive',
  'chief executive officer',
  'managing director',
  'chief technical officer',
  'chief technology officer',
  'chief operating officer',
  'chief financial officer',
  'senior vice president',
  'executive vice president',
]);
