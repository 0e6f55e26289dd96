/**
 * Base forms of verbs by which a writer or a piece gives the floor to someone else: "The story goes on to quote Energy
 * Minister Yamfwa Mukanga:", "The blogger went on to ask a filling station attendant …:" set off the words of the one
 * quoted or asked, not the piece's own (sieves/betweenBlocks.ts). Lower case.
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'cite', 'ask', 'interview', 'question', 'speak', 'talk', 'hear', 'reproduce']);
