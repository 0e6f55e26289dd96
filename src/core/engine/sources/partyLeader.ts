import type { SourceType } from '../../schema';
import { PARTY_NAMES } from '../lexicon/partyNames';

/** A word that makes a leader one of the opposition: a party's leader, though no party is named. */
const OPPOSITION = /^opposition(?:['’]s)?$/;

/** Whether words, lower case and bare, hold a party's name (`lexicon/partyNames.ts`) or the word "party". */
function namesParty(lower: ReadonlyArray<string>): boolean {
  const words = lower.map((w) => w.replace(/['’]s$/, ''));
  const text = ` ${words.join(' ')} `;
  return words.includes('party') || PARTY_NAMES.some((name) => text.includes(` ${name} `));
}

/**
 * The type of a party's leader (`docs/annotation-guide.md`, "Consistency decisions (session 39, lane goldcons39)",
 * decision 3): "Labour Party leader Jeremy Corbyn", "The Labour Party's leader", "leader of the Sinn Féin political
 * party", "Scottish Labour leader Johann Lamont" and, in opposition as much as in power, "Zimbabwean opposition leader
 * Arthur Mutambara", "Venezuelan opposition leader", "the leader of Cambodia's opposition party" lead a party in public
 * life, so official (the golds of wikinews-queen-elizabeth-suspends-uk-parliament-2019-08-29,
 * voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09, voa-venezuela-machado-denies-plot-2014-12-04).
 * `lower` are the phrase's words, lower case and bare; the role is words `from`–`to`. Null for any other role.
 */
export function partyLeaderType(lower: ReadonlyArray<string>, from: number, to: number): SourceType | null {
  if (lower.slice(from, to).join(' ') !== 'leader') return null;
  return lower.some((w) => OPPOSITION.test(w)) || namesParty(lower) ? 'official' : null;
}
