/**
 * Nouns for words someone said or wrote, which a writer's sentence after a cue-less quote uses to say whose the quote is
 * ("The statement came from the agency's press office", "The remark was made at a 2015 briefing"): such a sentence may
 * name another speaker than the person before the quote (sieves/personBefore.ts). Lower case, singular and plural.
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'statements',
  'remark',
  'remarks',
  'comment',
  'comments',
  'words',
  'quote',
  'quotation',
  'message',
  'messages',
  'tweet',
  'tweets',
  'post',
  'posts',
  'interview',
  'speech',
  'letter',
]);
