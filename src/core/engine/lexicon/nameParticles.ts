/**
 * Lower-case words that stand inside a person's name between its capitalised parts: the Romance and Germanic surname
 * particles ("Oscar de la Hoya", "Ursula von der Leyen", "Marisol de los Santos", "Arnel dela Vega", "João dos Santos",
 * "Mariano Rajoy y Brey"), the Arabic article and kin words ("Osama bin Laden", "Shareefa bint Khalfan", "Nurul Izzah
 * binti Anwar", "Abdullah ibn Abdulaziz", "Saud al Faisal", "Abu Bakr al-Baghdadi"'s "abu" when written low) and the
 * East African ones ("Bingu wa Mutharika", "Daniel arap Moi"). None of them is a name by itself.
 *
 * One list for every reader of a person's name; the joins of a run of capitalised words, which names of organisations
 * share, are `connectors.ts`. Lower case.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'dela',
  'der',
  'den',
  'dem',
  'da',
  'das',
  'dos',
  'do',
  'di',
  'du',
  'la',
  'le',
  'los',
  'las',
  'van',
  'von',
  'y',
  'bin',
  'bint',
  'binti',
  'ibn',
  'al',
  'el',
  'abu',
  'wa',
  'arap',
]);
