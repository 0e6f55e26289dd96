/**
 * Letters British and Commonwealth news write after a person's name for a rank at the bar, a seat or an honour:
 * "Prosecutor Kama Melly QC said", "Judge Durham Hall QC said", "Sir Keir Starmer KC", "Jane Doe MP said". They close
 * the name and are no part of it, nor a name of their own.
 *
 * Entries are written in capitals as in text, matched case-sensitively.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);
