import { opensClause } from './clauseStart';

const GOES_ON = /^\s+(?:it|there|this|that|we|I|you)\b/;

/**
 * A bare plural and a verb of saying or showing in the plural present, which has no mark of a clause's verb of its own:
 * `The FSB denies the two explosions are related; reports describe speculation the disaster's cause was not in fact a gas
 * leak` (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04). Other sources speak after the semicolon.
 */
const OTHERS_SAY = /^\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}[^s\W]s\s+(?:say|describe|suggest|claim|show|indicate|report|allege|note|believe|estimate)\b/u;

/** A connector that turns to another point, then a quotation: `; however, "to remove …"`, `; but "…"`. */
const CONNECTOR_THEN_QUOTATION = /^\s*(?:however|but|yet|still|nevertheless|meanwhile|instead)\s*,?\s*["“]/;

/**
 * Where reported content [start, stop) ends at a semicolon outside quote marks that joins a clause of the writer's
 * (`Initial reports stated the fruit was a pineapple; NDTV later reported officials …`, `told The Jakarta Post it was
 * intending to end its search …, which is outside its remit; the paper also spoke to the Navy`): a semicolon joins
 * independent clauses (AP Stylebook, "semicolon"), and the speaker's ends before it. `stop` when there is none, or
 * when what follows is no clause (a list's next item) or goes on from a pronoun; also before a quotation that opens a
 * sentence after it. Offsets are UTF-16, half-open.
 */
export function beforeSemicolon(text: string, start: number, stop: number): number {
  let open = 0;
  for (let at = start; at < stop; at++) {
    const ch = text[at];
    if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
    else if (ch === '"') open = open > 0 ? open - 1 : 1;
    // "…is not to have content go viral; it is to build credibility": a pronoun goes on with the speaker's point.
    else if (ch === ';' && open === 0 && (opensClause(text, at + 1) || OTHERS_SAY.test(text.slice(at + 1, at + 81))) && !GOES_ON.test(text.slice(at + 1)))
      return at;
    // "She told Vogue magazine in 2015 she didn't record Respect for a political movement; "Not just me or …"" (wikinews-
    // aretha-franklin-queen-of-soul-dies-2018-08-16): a quotation after the semicolon is a direct quote of its own.
    // So is one after a connector: `He said Zelensky is "a model of honesty for me"; however, "to remove any doubts …, I
    // wrote a resignation offer", he added.` (wikinews-zelensky-rejects-honcharuk-resignation-2020-01-18).
    else if (ch === ';' && open === 0 && (/^\s*["“]\p{Lu}/u.test(text.slice(at + 1, at + 6)) || CONNECTOR_THEN_QUOTATION.test(text.slice(at + 1, at + 30))))
      return at;
  }
  return stop;
}
