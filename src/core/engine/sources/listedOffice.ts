import { holdsRoleWord } from './roles';

/** "U.S.", "U.K.", "D.C.": initials whose full stops end no phrase, read as letters of the same length. */
export const initialsKept = (text: string) => text.replace(/\b(\p{Lu})\.(\p{Lu})\./gu, '$1_$2_');
/**
 * ", NASA Stennis Autonomous Systems Laboratory (ASL) Branch Chief.", ", NASA software developer and In-Situ Resource
 * Utilization (ISRU) researcher,": a body's initials in brackets inside a name, the name's words going on after them,
 * are one of its words, blanked to their length so that the offsets stay the text's. Before a word that joins another
 * phrase ("(STMD) at the agency’s headquarters") they end the name, and the brackets the appositive.
 */
export const bracketsKept = (text: string) =>
  text.replace(/(?<=\S)\s\(\p{Lu}[\p{Lu}\p{N}&-]+\)(?=\s+(?!(?:of|for|at|in|on|with|to|from|and|the|under)\b)\p{L})/gu, (initials) =>
    ' '.repeat(initials.length),
  );
/**
 * ", Program Manager, Health Communication and eHealth Division, Office of Disease Prevention and Health Promotion at
 * the Department of Health and Human Services, said": an office whose body the next phrases set off by commas name, up
 * to the sentence's end or the next clause (", and", ", who").
 */
const LISTED_OFFICE =
  /^,\s+((?:(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+)?\p{Lu}[^;:.()"“”]{2,240}?)(?=,\s+(?:and|but|who|which|where|while)\b|[;:.()"“”]|$)/u;
/**
 * ", director, SMD Bridge Program at NASA Headquarters", ", president, NSCF": a listed office may open with its role in
 * lower case, set off from its body by a comma, where those words hold a role ("…, left, John W. Young" hold none).
 */
const roleOpens = (office: string) => /^\p{Lu}/u.test(office) || holdsRoleWord(office.slice(0, office.indexOf(',')));
/**
 * How many characters end a listed office past its names: ", Manager, Mobile Programs at the General Services
 * Administration led a panel on …" ends at "Administration", before the first word in lower case after a capitalised one.
 */
function namesOnly(phrase: string): number {
  const verb = /(?<=\p{Lu}[\p{L}.'’&-]*)\s+(?!(?:of|for|at|in|on|and|the|to|&)\b)\p{Ll}/u.exec(phrase);
  return verb ? phrase.length - verb.index : 0;
}
/**
 * Where the listed office after a name ends at `end` lies, as offsets of `text`, or null where none follows. Its
 * names end before the verb that may follow them (`namesOnly`).
 */
export function listedOffice(text: string, end: number): { start: number; end: number } | null {
  const office = LISTED_OFFICE.exec(initialsKept(text.slice(end, end + 260)));
  if (!office?.[1] || !roleOpens(office[1])) return null;
  return { start: end + office[0].length - office[1].length, end: end + office[0].length - namesOnly(office[1]) };
}
