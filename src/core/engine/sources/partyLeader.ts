import type { SourceType } from '../../schema';
import { PARTY_NAMES } from '../lexicon/partyNames';

/** A word that makes a leader one of the opposition, not of a party in a parliament. */
const OPPOSITION = /^opposition(?:['’]s)?$/;

/** Whether words, lower case and bare, hold a party's name (`lexicon/partyNames.ts`) or the word "party". */
function namesParty(lower: ReadonlyArray<string>): boolean {
  const words = lower.map((w) => w.replace(/['’]s$/, ''));
  const text = ` ${words.join(' ')} `;
  return words.includes('party') || PARTY_NAMES.some((name) => text.includes(` ${name} `));
}

/**
 * The type of a party's leader (`docs/annotation-guide.md`, "Sources"): "Labour Party leader Jeremy Corbyn", "The Labour
 * Party's leader", "leader of the Sinn Féin political party", "Scottish Labour leader Johann Lamont" lead a party in a
 * parliament, an office of public life, so official (as the golds of wikinews-queen-elizabeth-suspends-uk-parliament-
 * 2019-08-29 and wikinews-dublin-pride-2018 type them); "Zimbabwean opposition leader Arthur Mutambara", "Venezuelan
 * opposition leader", "the leader of Cambodia's opposition party" speak for the opposition, which holds no office, so
 * spokesperson (voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09, voa-venezuela-machado-denies-plot-2014-12-04).
 * `lower` are the phrase's words, lower case and bare; the role is words `from`–`to`. Null for any other role.
 */
export function partyLeaderType(lower: ReadonlyArray<string>, from: number, to: number): SourceType | null {
  if (lower.slice(from, to).join(' ') !== 'leader') return null;
  if (lower.some((w) => OPPOSITION.test(w))) return 'spokesperson';
  return namesParty(lower) ? 'official' : null;
}
