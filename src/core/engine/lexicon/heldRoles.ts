/**
 * Role words whose type depends on the words around them (`sourceRoles.ts`, `sources/phraseType.ts`):
 * - a `title` ("secretary", "general", "chancellor") is an official's where it stands alone before a name
 *   ("Secretary Antony Blinken") or those words name a country, a nationality or a government ("Russian Chancellor");
 * - an `office` ("director", "chief", "captain") is an official's only where they name a government
 *   (`governmentWords.ts`: "FBI Deputy Director", "Nampa Police Chief"); the director of a company is no official,
 *   and the text then says nothing of the type;
 * - a `head` ("president", "chairman", "chief executive") is a title, and where no government is named but the words
 *   name the body it heads ("president of BEAM", "CEO of the Refugee Council", "Apple CEO"), the head speaks for it:
 *   a spokesperson;
 * - a `member` ("campaigner", "organiser") speaks for a body only where the words name it ("Joint Council for the
 *   Welfare of Immigrants campaigner"): a spokesperson; otherwise the text says nothing of the type.
 * Lower case.
 */
export type HeldRoleKind = 'title' | 'office' | 'head' | 'member';

/** Each role word with the kind of role it is; the multi-word ones win over the words they hold, as in `sourceRoles.ts`. */
export const HELD_ROLES: ReadonlyArray<readonly [string, HeldRoleKind]> = [
  ['president', 'head'],
  ['vice president', 'head'],
  ['president-elect', 'title'],
  ['chancellor', 'title'],
  ['secretary', 'title'],
  // The presiding officer of a legislature: "House Speaker Nancy Pelosi", "speaker of the parliament Ali Larijani";
  // alone a title, as a conference's speakers are no officials.
  ['speaker', 'title'],
  // "said Palestinian negotiator Saeb Erakat", "the chief Iranian negotiator with the IAEA" (wikinews-hamas-ends-truce-
  // with-israel): a state's negotiator is its official; a union's or a company's is no official, so a title.
  ['negotiator', 'title'],
  ['general', 'title'],
  ['major', 'office'],
  ['captain', 'office'],
  ['officer', 'office'],
  ['director', 'office'],
  ['deputy director', 'office'],
  ['head', 'head'],
  ['chief', 'office'],
  ['chairman', 'head'],
  ['chairwoman', 'head'],
  ['chairperson', 'head'],
  ['leader', 'head'],
  ['ceo', 'head'],
  ['chief executive', 'head'],
  ['chief executive officer', 'head'],
  ['executive director', 'head'],
  ['managing director', 'head'],
  // A company's officers, who speak for its work as its chief executive does ("Red Hat's Chief Technical Officer Chris
  // Wright", "Senior vice president Michael Lewis" of PG&E, "the general manager of Abu Dhabi Media", "AirAsia boss Tony
  // Fernandes"; `docs/annotation-guide.md`, "Consistency decisions (session 39, lane goldcons39)", decision 3).
  ['chief technical officer', 'head'],
  ['chief technology officer', 'head'],
  ['chief operating officer', 'head'],
  ['chief financial officer', 'head'],
  ['senior vice president', 'head'],
  ['executive vice president', 'head'],
  ['general manager', 'head'],
  ['boss', 'head'],
  ['founder', 'head'],
  ['co-founder', 'head'],
  ['cofounder', 'head'],
  ['chair', 'head'],
  // "RMT General Secretary Mick Cash": the head of a union or a party, who speaks for it.
  ['general secretary', 'head'],
  ['manager', 'office'],
  // "NIAC program executive at NASA Headquarters": an agency's officer who runs a programme; a company's says nothing.
  ['program executive', 'office'],
  ['advisor', 'office'],
  ['adviser', 'office'],
  ['coordinator', 'office'],
  // "Matthew McAllister, Special Assistant in the Office of Innovation at Peace Corps" (usgov-gsa-mapgive-crowdsourced-
  // mapping-humanitarian-2014-12-17): an aide's post, a government's where the words name one.
  ['special assistant', 'office'],
  // "Ingenuity team lead at JPL", "program lead at NASA’s Goddard Space Flight Center": who leads a team or a project.
  ['lead', 'office'],
  ['campaigner', 'member'],
  ['advocate', 'member'],
  ['organiser', 'member'],
  ['organizer', 'member'],
  ['commander', 'office'],
  ['deputy', 'office'],
  ['rapporteur', 'office'],
  // "Senate Minority Whip Dick Durbin": a legislature's officer.
  ['whip', 'office'],
];
