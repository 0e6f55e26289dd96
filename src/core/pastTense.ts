/** Reporting verbs whose past tense is not the base form plus -ed. */
const IRREGULAR: Record<string, string> = {
  say: 'said',
  tell: 'told',
  speak: 'spoke',
  write: 'wrote',
  think: 'thought',
  feel: 'felt',
  hold: 'held',
  give: 'gave',
  find: 'found',
  know: 'knew',
  see: 'saw',
  read: 'read',
  put: 'put',
  set: 'set',
  forecast: 'forecast',
  swear: 'swore',
  bid: 'bid',
};

/** Verbs of two or more syllables stressed on the last, which double their final consonant: admit → admitted. */
const DOUBLING = new Set([
  'admit',
  'commit',
  'omit',
  'permit',
  'submit',
  'regret',
  'refer',
  'prefer',
  'confer',
  'deter',
  'occur',
  'concur',
  'rebut',
  'compel',
  'control',
  'acquit',
]);

function pastOfWord(verb: string): string {
  const irregular = IRREGULAR[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // One syllable ending consonant–vowel–consonant (nod, snap, quip) doubles its last letter, as do the listed verbs.
  if (DOUBLING.has(verb) || /^(?:[^aeiou]*|qu)[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/**
 * A reporting verb's past tense, as news reports speech whatever tense the text used: `say` → `said`,
 * `point out` → `pointed out`. A lemma that is no verb (`according to`) stays as it is.
 */
export function pastTense(lemma: string): string {
  const words = lemma.trim().toLowerCase().split(/\s+/);
  const [head = '', ...rest] = words;
  if (head === 'according') return words.join(' ');
  return [pastOfWord(head), ...rest].join(' ');
}
