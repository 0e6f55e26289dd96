/**
 * Nouns that describe a person rather than give a title ("the teenager said"), with the pronoun each can
 * stand for ("they": either gender). Lower case.
 */
export const DESCRIPTIVE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['teenager', 'they'],
  ['teen', 'they'],
  ['man', 'he'],
  ['woman', 'she'],
  ['boy', 'he'],
  ['girl', 'she'],
  ['mother', 'she'],
  ['father', 'he'],
  ['victim', 'they'],
  ['driver', 'they'],
  ['resident', 'they'],
  ['student', 'they'],
  ['youth', 'they'],
]);
