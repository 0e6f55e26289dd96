/**
 * Lower-case words (and "&") that may join the capitalised words of one name: "Bank of England", "Minister for
 * Health", "Ursula von der Leyen", "Johnson & Johnson", "Bingu wa Mutharika" (the Bantu "of" of East and Central African names), "Daniel arap Moi" (the Kalenjin "son of"), "Arnel dela Vega" (Filipino), "Medecins sans Frontieres" and "Entraide et Solidarité AF447" (French "without", "and"). A run of capitalised words continues across one of them
 * when a capital follows.
 *
 * Entries are written in lower case as in text, matched case-sensitively.
 */
export const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'del',
  'dela',
  'da',
  'van',
  'von',
  'al',
  'bin',
  // "Shareefa bint Khalfan, Omani minister of social development, said …" (wikinews-rare-middle-east-cyclone-batters-
  // oman-2007-06-07): "daughter of", as "bin" is "son of".
  'bint',
  'du',
  // "Marcos Aparecido dos Santos" (wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11), "Johan
  // Van den Driessche" (wikinews-belgian-lgbt-refuge-shelter-announced-brussels-pride-2018-05-20), "Sao Jose dos Campos",
  // "Partido dos Trabalhadores", "Quinta di Copertina": the Portuguese, Dutch and Italian particles, between capitals.
  'dos',
  'das',
  'den',
  'di',
  'della',
  'la',
  'le',
  'y',
  'wa',
  'arap',
  'sans',
  'et',
  '&',
]);
