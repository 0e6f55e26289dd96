/**
 * Words that open a European surname after the given name, written in small letters or capitalised as the bearer
 * does: "Pierre De Vos", "Ludwig van Beethoven", "Ursula von der Leyen", "Luiz Inácio da Silva" is "Lula da Silva".
 * A name of a given name, these and one last word is a given name and a surname, and the given name alone may call its
 * bearer (Portuguese, Spanish, Dutch, German, French and Italian usage).
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'De',
  'del',
  'Del',
  'der',
  'den',
  'da',
  'Da',
  'das',
  'dos',
  'di',
  'Di',
  'du',
  'Du',
  'van',
  'Van',
  'von',
  'Von',
  'ter',
  'ten',
]);
