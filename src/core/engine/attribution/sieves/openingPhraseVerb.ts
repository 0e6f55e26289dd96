/**
 * The words that open a subordinate clause or a prepositional phrase before a sentence's main clause: "When asked about
 * …,", "In a post called …,". A speech verb inside such an opening is no verb of the sentence's subject.
 */
const OPENING = /^(?:When|While|After|Before|Once|If|Though|Although|In|On|At|Under|From)\s/;

/**
 * Whether the speech verb at `verbAt` of `sentence` lies inside the sentence's opening phrase (`OPENING`), closed by a
 * comma before the main clause, with no name before it: "When asked about the current attitude towards blogging in Zambia, Brenda noted:"
 * (gv-zambia-bloggers-network-2012-05-10), "In a post called 'Hands that cure, words that heal', Ricardo Câmara recalls
 * …:" (gv-brazil-folk-healers-benzedeiras-2012-05-15). The verb is the opening's ("asked" is Brenda's being asked, a
 * post is "called" so), and the speaker is the main clause's subject. A comma inside quote marks closes nothing.
 */
export function insideOpeningPhrase(sentence: string, verbAt: number): boolean {
  if (!OPENING.test(sentence)) return false;
  const before = sentence.slice(0, verbAt);
  // A name before the verb is the clause's subject: "In his turn activist Ahmed Ould Abdallah tweeted …, and wrote:"
  // (gv-mauritania-debate-al-qaeda-execution-2012-05-22) has no comma after its opening words.
  if (/[,;:]|\s\p{Lu}/u.test(before.replace(/['‘"“][^'’"”]*['’"”]/g, ''))) return false;
  const after = sentence.slice(verbAt).replace(/['‘"“][^'’"”]*['’"”]/g, '');
  return /,\s+\S/.test(after);
}
