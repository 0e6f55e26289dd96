/**
 * Names of parties that sit in a national or devolved parliament, as news names them without the word "party"
 * ("Scottish Labour leader Johann Lamont", "Scottish Liberal Democrat leader Willie Rennie", wikinews-scottish-politician-
 * david-mcletchie-dies-2013-08-12). Lower case; several words separated by single spaces.
 */
export const PARTY_NAMES: ReadonlyArray<string> = [
  'labour',
  'conservative',
  'tory',
  'liberal democrat',
  'liberal democrats',
  'snp',
  'plaid cymru',
  'sinn féin',
  'fine gael',
  'fianna fáil',
  'republican',
  'democratic',
];
