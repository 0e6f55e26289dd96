/**
 * "and that" opening a second clause reported by the same cue (`He noted that he was humbled …, and that he saw it as
 * a call …`): a demonstrative "that" ("and that was why …", "and that the …" aside) is left alone, so the word after
 * "that" may not be a verb of its own.
 */
const AND_THAT = /,?\s+and\s+that\s+(?!(?:is|was|would|will|could|can|has|had|means|meant|made|makes|'s|’s)\b)(?=\p{L})/gu;

/**
 * The parts of a reported content [start, stop) (UTF-16 offsets, half-open) split at each "and that" clause outside
 * `inside` (the direct quotes): the annotation guide gives one entry per reported clause, as AP style reports each
 * "that" clause of one cue as its own statement. One part when there is no such clause.
 */
export function andThatParts(text: string, start: number, stop: number, inside: (offset: number) => boolean): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const m of text.slice(start, stop).matchAll(AND_THAT)) {
    const at = start + m.index;
    if (inside(at)) continue;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end: stop });
  return parts;
}
