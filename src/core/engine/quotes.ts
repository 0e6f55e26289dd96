import { splitSentences, type SentenceRange } from '../sentences';
import { findDirectQuotes, type DirectSpan } from './directQuotes';
import { mentionKey, type EntityIndex, type FoundEntity } from './entities';
import { ADVERBS, OBJECT_SPEECH_VERBS, ORG_ROLE_NOUNS, PERSON_ROLE_NOUNS, QUOTE_ONLY_VERBS, isSpeechVerb } from './lexicon';

export interface Located {
  block: number;
  start: number;
  end: number;
}

export type Resolution = 'name' | 'role' | 'pronoun' | 'continuation' | 'unattributed';

export interface FoundQuote extends Located {
  kind: 'direct' | 'reported';
  speaker: FoundEntity | null;
  cue: Located | null;
  speakerRef: Located | null;
  resolution: Resolution;
  antecedent: Located | null;
  confidence: number;
}

interface Subject {
  ref: Located;
  entity: FoundEntity | null;
  resolution: Resolution;
  antecedent: Located | null;
}

interface SentenceInfo {
  block: number;
  range: SentenceRange;
  /** The people the sentence names, in order. */
  people: Array<{ entity: FoundEntity; at: Located }>;
  /** Who the sentence is about or who speaks in it, for a pronoun in the next one. */
  focus: { entity: FoundEntity; at: Located } | null;
}

const ROLE_NOUN_WORDS = [...PERSON_ROLE_NOUNS, ...ORG_ROLE_NOUNS].sort((a, b) => b.length - a.length);
const ROLE_PHRASE = new RegExp(
  `^(?:the|a|an|one|another|its|his|her|their)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?(?:${ROLE_NOUN_WORDS.join('|')})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){0,4})?(?=[\\s,.;:]|$)`,
  'iu',
);
/** Headlines drop the article: "UN chief warns", "Chipmaker CEO calls". */
const HEADLINE_ROLE = new RegExp(`^(?:[\\p{L}.-]+\\s+)?(?:${PERSON_ROLE_NOUNS.join('|')})(?=\\s)`, 'iu');
/** How far back from a verb or a quote mark the speaker words may begin, in UTF-16 code units. */
const LOOK_BACK = 240;
/** The text just before an offset, within a sentence: what the `…$` patterns look at. */
const tailOf = (text: string, sentenceStart: number, at: number) => text.slice(Math.max(sentenceStart, at - 40), at);
const TIME_OR_PLACE =
  /^(?:\s*,)?\s*(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|via|through|after|before|while)\b[^,;:"“”]{0,60}?(?=\s+that\b|\s*,|\s*$)/i;

/** A quote found with no speaker yet: nothing in the text has been read as naming one. */
function unattributed(block: number, span: { start: number; end: number }, kind: FoundQuote['kind']): FoundQuote {
  return {
    block,
    start: span.start,
    end: span.end,
    kind,
    speaker: null,
    cue: null,
    speakerRef: null,
    resolution: 'unattributed',
    antecedent: null,
    confidence: 0.5,
  };
}

/** A quote given the speaker its cue names; confidence falls as the naming gets less direct. */
function attributed(quote: FoundQuote, subject: Subject, cue: Located, confidence: number): FoundQuote {
  const directness = subject.resolution === 'name' ? 1 : subject.resolution === 'role' ? 0.95 : 0.9;
  return {
    ...quote,
    speaker: subject.entity,
    cue,
    speakerRef: subject.ref,
    resolution: subject.entity ? subject.resolution : 'unattributed',
    antecedent: subject.antecedent,
    confidence: subject.entity ? confidence * directness : 0.5,
  };
}

/** Reads the people, quotes and reported speech of an article's blocks. */
export class QuoteFinder {
  private readonly sentences: Array<SentenceInfo> = [];
  private readonly quotes: Array<FoundQuote> = [];

  /** Each block's mentions in text order, so that a lookup costs a block, not the article. */
  private readonly byBlock: Array<Array<{ entity: FoundEntity; start: number; end: number }>>;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly quotable: ReadonlyArray<boolean>,
    private readonly index: EntityIndex,
  ) {
    this.byBlock = texts.map(() => []);
    for (const entity of index.entities) for (const m of entity.mentions) this.byBlock[m.block]?.push({ entity, start: m.start, end: m.end });
    for (const list of this.byBlock) list.sort((a, b) => a.start - b.start);
  }

  private inBlock(block: number): ReadonlyArray<{ entity: FoundEntity; start: number; end: number }> {
    return this.byBlock[block] ?? [];
  }

  /** Index of the first mention of a block that starts at or after an offset (binary search: blocks can be huge). */
  private firstMentionFrom(block: number, offset: number): number {
    const list = this.inBlock(block);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid]?.start ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The mentions of a block that overlap [start, end). */
  private mentionsBetween(block: number, start: number, end: number): Array<{ entity: FoundEntity; start: number; end: number }> {
    const list = this.inBlock(block);
    const found: Array<{ entity: FoundEntity; start: number; end: number }> = [];
    const before = list[this.firstMentionFrom(block, start) - 1];
    if (before && before.end > start) found.push(before);
    for (let i = this.firstMentionFrom(block, start); i < list.length; i++) {
      const m = list[i];
      if (!m || m.start >= end) break;
      found.push(m);
    }
    return found;
  }

  run(): Array<FoundQuote> {
    let previousBlockQuote: FoundQuote | null = null;
    let runsOn = false;
    this.texts.forEach((text, block) => {
      if (!this.quotable[block]) return;
      const directs = findDirectQuotes(text);
      const sentences = splitSentences(text);
      const blockQuotes: Array<FoundQuote> = [];
      let lastDirect: FoundQuote | null = null;
      let nextDirect = 0;
      const quoteOnly = directs.length > 0 && text.replace(/["“”‘’'«»„]/g, '').length > 0 && this.onlyQuotes(text, directs);
      sentences.forEach((range) => {
        const info: SentenceInfo = { block, range, focus: null, people: this.peopleIn(block, range) };
        while ((directs[nextDirect]?.open ?? Infinity) < range.start) nextDirect++;
        const inSentence: Array<DirectSpan> = [];
        for (let d = nextDirect; d < directs.length && (directs[d]?.open ?? Infinity) < range.end; d++) inSentence.push(directs[d] as DirectSpan);
        for (const direct of inSentence) {
          const previous = lastDirect;
          let quote = this.attributeDirect(block, text, range, direct, previous);
          if (!quote.speaker && !quote.cue && (quoteOnly || (runsOn && direct.open === 0)) && previousBlockQuote?.speaker) {
            quote = {
              ...quote,
              speaker: previousBlockQuote.speaker,
              resolution: 'continuation',
              speakerRef: null,
              antecedent: previousBlockQuote.speakerRef ?? previousBlockQuote.antecedent,
              confidence: 0.8,
            };
          }
          if (!quote.cue && quote.resolution !== 'continuation' && this.wordCount(text, direct) <= 3) continue;
          blockQuotes.push(quote);
          lastDirect = quote;
          if (quote.speaker) info.focus = { entity: quote.speaker, at: quote.speakerRef ?? quote.antecedent ?? quote };
        }
        for (const reported of this.findReported(block, text, range, inSentence, info)) {
          blockQuotes.push(reported);
          if (reported.speaker && !info.focus) info.focus = { entity: reported.speaker, at: reported.speakerRef ?? reported };
        }
        info.focus ??= this.sentenceSubject(block, text, range);
        this.sentences.push(info);
      });
      runsOn = directs.some((d) => d.close === null);
      blockQuotes.sort((a, b) => a.start - b.start || b.end - a.end);
      // A direct quote inside reported speech is the same speaker's words.
      for (const [i, quote] of blockQuotes.entries()) {
        if (quote.kind !== 'direct' || quote.speaker) continue;
        const around = blockQuotes.find((q) => q.kind === 'reported' && q.speaker && q.start <= quote.start && q.end >= quote.end);
        if (around) blockQuotes[i] = { ...around, start: quote.start, end: quote.end, kind: 'direct' };
      }
      this.quotes.push(...blockQuotes);
      const last = blockQuotes.filter((q) => q.kind === 'direct').at(-1);
      if (last) previousBlockQuote = last;
      else if (blockQuotes.length > 0 || text.length > 0) previousBlockQuote = blockQuotes.at(-1) ?? null;
    });
    return this.quotes;
  }

  /** Whether a block holds nothing but quotes: no words outside its quote marks. */
  private onlyQuotes(text: string, directs: ReadonlyArray<DirectSpan>): boolean {
    let from = 0;
    for (const d of directs) {
      if (/[\p{L}\p{N}]/u.test(text.slice(from, d.open))) return false;
      from = d.close === null ? text.length : d.close + 1;
    }
    return !/[\p{L}\p{N}]/u.test(text.slice(from));
  }

  /** Whether the words between a cue and the next quote only describe the speaker: ", 34, a nurse." */
  private onlyAppositive(between: string): boolean {
    if (/["“”]/.test(between) || !/[,.;:—–-]\s*$/.test(between)) return false;
    const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return words.length <= 30 && !words.some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
  }

  private wordCount(text: string, span: { start: number; end: number }): number {
    return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  }

  /** The speaker words starting at `at` in a block: a name, a pronoun or a role noun phrase. */
  private subjectAt(block: number, text: string, at: number): Subject | null {
    const article = /^the\s+/i.exec(text.slice(at, at + 4));
    if (article && this.index.byMention.has(mentionKey(block, at + article[0].length))) return this.subjectAt(block, text, at + article[0].length);
    const entity = this.index.byMention.get(mentionKey(block, at));
    if (entity) {
      const mention = entity.mentions.find((m) => m.block === block && m.start === at);
      if (mention && (entity.type !== 'place' || /^(kremlin|white house|pentagon)/i.test(entity.name))) {
        return { ref: { block, start: at, end: mention.end }, entity, resolution: 'name', antecedent: null };
      }
    }
    const rest = text.slice(at);
    const pronoun = /^(he|she|they|it|we)\b/i.exec(rest);
    if (pronoun?.[1]) {
      const ref = { block, start: at, end: at + pronoun[1].length };
      const found = this.resolvePronoun(pronoun[1].toLowerCase());
      return { ref, entity: found?.entity ?? null, resolution: found ? 'pronoun' : 'unattributed', antecedent: found?.at ?? null };
    }
    const role = ROLE_PHRASE.exec(rest) ?? (block === 0 ? HEADLINE_ROLE.exec(rest) : null);
    if (role) {
      const phrase = role[0].replace(/[,.]$/, '');
      const ref = { block, start: at, end: at + phrase.length };
      const found = this.resolveRole(phrase, block, at);
      return { ref, entity: found?.entity ?? null, resolution: found ? 'role' : 'unattributed', antecedent: found?.at ?? null };
    }
    return null;
  }

  /** The speaker words that end right before `end` (allowing adverbs between them and the verb). */
  private subjectBefore(block: number, text: string, end: number, sentenceStart: number): Subject | null {
    // Speaker words sit right before their verb: look back a bounded stretch, whatever the sentence's length.
    const from = Math.max(sentenceStart, end - LOOK_BACK);
    let cut = end;
    for (;;) {
      const before = text.slice(from, cut).replace(/\s+$/, '');
      const word = /([\p{L}'’.-]+)$/u.exec(before)?.[1];
      const time = /(?:,\s*)?\b(?:on|in|at)\s+(?:the\s+)?(?:same\s+day|\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+|turn|a\s+statement|\d{4})\s*,?$/u.exec(before);
      if (time) {
        cut = from + time.index;
        continue;
      }
      if (word && ADVERBS.has(word.toLowerCase()) && !/^(he|she|they|it)$/i.test(word)) {
        cut = from + before.length - word.length;
        continue;
      }
      break;
    }
    let before = text.slice(from, cut).replace(/\s+$/, '');
    // "Rebeca Grynspan, secretary-general of UNCTAD, warned": the speaker is before the appositive.
    const appositive = /,\s+(?:the\s+|a\s+|an\s+)?[^,;:"“”]{2,120}?,$/.exec(before);
    if (appositive) {
      const head = before.slice(0, appositive.index);
      const named = this.mentionsBetween(block, from, from + head.length).some((m) => m.entity.type !== 'place' && m.end === from + head.length);
      if (named) before = head;
    }
    const stop = from + before.length;
    // The nearest entity mention that ends where the speaker words must end.
    const named = this.mentionsBetween(block, from, stop).find((m) => m.end === stop && m.start >= from);
    if (named) return this.subjectAt(block, text, named.start);
    const pronoun = /(?:^|[\s,;:—–])(he|she|they|it|we)$/i.exec(before);
    if (pronoun?.[1]) return this.subjectAt(block, text, stop - pronoun[1].length);
    const phraseStart = /(?:^|[\s,;:—–(])((?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’.-]+\s+){0,6}[\p{L}'’.-]+)$/iu.exec(before);
    if (phraseStart?.[1]) {
      const candidate = this.subjectAt(block, text, stop - phraseStart[1].length);
      if (candidate && candidate.ref.end === stop) return candidate;
      // Try shorter phrases: "an analyst at Bernstein" inside "…, said Jane Ko, an analyst at Bernstein".
      const words = phraseStart[1].split(/\s+/);
      for (let i = 1; i < words.length - 1; i++) {
        const tail = words.slice(i).join(' ');
        if (!/^(the|a|an)\s/i.test(tail)) continue;
        const shorter = this.subjectAt(block, text, stop - tail.length);
        if (shorter && shorter.ref.end === stop) return shorter;
      }
    }
    return null;
  }

  private attributeDirect(block: number, text: string, range: SentenceRange, direct: DirectSpan, previous: FoundQuote | null): FoundQuote {
    const base = unattributed(block, direct, 'direct');
    const fill = (subject: Subject, cue: Located, confidence: number): FoundQuote => attributed(base, subject, cue, confidence);
    // After the closing mark: `…," Putin added` or `…," said Dmitry Peskov`.
    if (direct.close !== null) {
      const after = direct.close + 1;
      const rest = text.slice(after);
      const lead = /^[,.!?;:]?\s*(?:[-—–]\s*)?/.exec(rest)?.[0].length ?? 0;
      const inverted = /^(\p{L}+)\s+/u.exec(rest.slice(lead));
      if (inverted?.[1] && isSpeechVerb(inverted[1])) {
        const subject = this.subjectAt(block, text, after + lead + inverted[0].length);
        if (subject) return fill(subject, { block, start: after + lead, end: subject.ref.end }, 1);
      }
      const subject = this.subjectAt(block, text, after + lead);
      if (subject) {
        const verb = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(\p{L}+)/u.exec(text.slice(subject.ref.end));
        const words = verb?.[0].trim().split(/\s+/) ?? [];
        if (verb?.[1] && isSpeechVerb(verb[1]) && words.slice(0, -1).every((w) => ADVERBS.has(w.toLowerCase()) || /^(in|turn)$/i.test(w))) {
          return fill(subject, { block, start: subject.ref.start, end: subject.ref.end + verb[0].length }, 1);
        }
      }
    }
    // A quote split around its attribution shares it: `"…," she said, "…"`.
    if (
      previous?.cue &&
      previous.block === block &&
      previous.cue.block === block &&
      previous.cue.start > previous.end &&
      previous.cue.end <= direct.open &&
      this.onlyAppositive(text.slice(previous.cue.end, direct.open))
    ) {
      return { ...previous, start: direct.start, end: direct.end, kind: 'direct' };
    }
    // Before the opening mark, in the same sentence: `Peskov told reporters: "…"`, `Putin on Thursday called X "…"`.
    const leftStart = Math.max(range.start, direct.open - LOOK_BACK);
    const left = text.slice(leftStart, direct.open);
    const according = /according to\s+/i.exec(left);
    if (according) {
      const subject = this.subjectAt(block, text, leftStart + according.index + according[0].length);
      if (subject) return fill(subject, { block, start: leftStart + according.index, end: subject.ref.end }, 0.9);
    }
    const verbs = [...left.matchAll(/\p{L}+/gu)].filter(
      (m) => isSpeechVerb(m[0]) && !/\b(?:was|were|is|are|been|being|be|so)\s+$/i.test(tailOf(left, 0, m.index)),
    );
    for (const verb of verbs.reverse()) {
      const verbStart = leftStart + verb.index;
      const between = text.slice(verbStart + verb[0].length, direct.open);
      if (/["“”]/.test(between) || between.split(/\s+/).length > 14) continue;
      const subject = this.subjectBefore(block, text, verbStart, range.start);
      if (subject) return fill(subject, { block, start: subject.ref.start, end: verbStart + verb[0].length }, 1);
      const inverted = this.subjectAt(block, text, verbStart + verb[0].length + 1);
      if (inverted && /^[\s,]*[:,]?\s*$/.test(text.slice(inverted.ref.end, direct.open)))
        return fill(inverted, { block, start: verbStart, end: inverted.ref.end }, 1);
    }
    return base;
  }

  private findReported(block: number, text: string, range: SentenceRange, directs: ReadonlyArray<DirectSpan>, info: SentenceInfo): Array<FoundQuote> {
    const found: Array<FoundQuote> = [];
    const sentence = text.slice(range.start, range.end);
    const insideDirect = (offset: number) => directs.some((d) => offset >= d.open && offset <= (d.close ?? text.length));
    let end = range.end;
    while (end > range.start && /[.!?\s]/.test(text[end - 1] ?? '')) end--;
    const make = (subject: Subject, cue: Located, start: number, stop: number, confidence: number): FoundQuote | null => {
      const span = this.trimContent(text, start, stop);
      if (!span || this.wordCount(text, span) < 3) return null;
      if (directs.some((d) => d.start <= span.start + 1 && d.end >= span.end - 1)) return null;
      if (directs.some((d) => d.start < span.end && span.start < d.end && !(d.start >= span.start && d.end <= span.end))) return null;
      return attributed(unattributed(block, span, 'reported'), subject, cue, confidence);
    };

    // "according to X, …" and "…, according to X."
    const according = /according to\s+/i.exec(sentence);
    if (according && !insideDirect(range.start + according.index)) {
      const at = range.start + according.index;
      const subject = this.subjectAt(block, text, at + according[0].length);
      if (subject) {
        const cue = { block, start: at, end: subject.ref.end };
        const leading = at === range.start || /^[\s"“]*$/.test(text.slice(range.start, at));
        // "According to the RIA news agency, …": the content starts after the descriptor's comma.
        const descriptor = leading ? /^[^,;:"“]{0,60},/.exec(text.slice(subject.ref.end, end)) : null;
        if (descriptor) cue.end = subject.ref.end + descriptor[0].length - 1;
        const quote = leading
          ? make(subject, cue, descriptor ? subject.ref.end + descriptor[0].length : subject.ref.end, end, 0.9)
          : make(subject, cue, range.start, at, 0.9);
        if (quote) found.push(quote);
        return found;
      }
    }

    // "…, Peskov said." and "…, said Peskov."
    // The last clause after a comma, read word by word for its speech verb: ", Peskov said on Thursday."
    const lastComma = sentence.lastIndexOf(', ');
    const clause = lastComma > 0 ? sentence.slice(lastComma + 2).replace(/\s*[.!?]?\s*["”]?\s*$/, '') : '';
    const clauseWords = [...clause.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
    const verbWord = clauseWords.findIndex((w, i) => i <= 8 && isSpeechVerb(w[0]) && !QUOTE_ONLY_VERBS.has(w[0].toLowerCase()));
    const verbMatch = clauseWords[verbWord];
    if (verbMatch && clauseWords.length <= 18 && !directs.some((d) => d.open >= range.start && d.open < range.start + lastComma)) {
      const clauseStart = range.start + lastComma + 2;
      const verbAt = clauseStart + verbMatch.index;
      const verb = verbMatch[0];
      const afterVerb = clause.slice(verbMatch.index + verb.length);
      const afterWords = afterVerb.split(/\s+/).filter(Boolean).length;
      const onlyCircumstance =
        afterVerb === '' ||
        (afterWords <= 7 &&
          /^\s+(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|to|via|through|after|before|while|when|told|reporters|journalists|\p{Lu})/u.test(
            afterVerb,
          )) ||
        (afterWords <= 4 && /^\s+(?:the|a|an)\s/.test(afterVerb));
      if (onlyCircumstance && !insideDirect(verbAt)) {
        const subject = this.subjectBefore(block, text, verbAt, clauseStart) ?? this.subjectAt(block, text, verbAt + verb.length + 1);
        if (subject) {
          const cueStart = Math.min(subject.ref.start, verbAt);
          const cueEnd = Math.max(subject.ref.end, verbAt + verb.length);
          const quote = make(subject, { block, start: cueStart, end: cueEnd }, range.start, range.start + lastComma, 0.9);
          if (quote && directs.every((d) => !(d.start <= quote.start && d.end >= quote.end))) {
            found.push(quote);
            return found;
          }
        }
      }
    }

    // "X said (that) …", "X thanked A for B, and voiced support for C", "…, adding that …".
    let subject: Subject | null = null;
    const verbs = [...sentence.matchAll(/\p{L}+/gu)].filter((m) => isSpeechVerb(m[0]) && !QUOTE_ONLY_VERBS.has(m[0].toLowerCase()));
    for (let v = 0; v < verbs.length; v++) {
      const verb = verbs[v];
      if (!verb) continue;
      const verbStart = range.start + verb.index;
      const verbEnd = verbStart + verb[0].length;
      if (insideDirect(verbStart) || found.some((q) => verbStart >= q.start && verbStart < q.end)) continue;
      const lower = verb[0].toLowerCase();
      if (/\b(?:was|were|is|are|been|being|be|so|had|has|have)\s+$/i.test(tailOf(text, range.start, verbStart)) && lower !== 'said') continue;
      if (/\b(?:was|were|is|are|been|being|so-)\s*$/i.test(tailOf(text, range.start, verbStart))) continue;
      if (lower === 'pointed' && !/^\s+out\b/.test(text.slice(verbEnd))) continue;
      if (/^\s+(?:responsibility|credit|victory|the\s+(?:title|seat|lives?|award|prize))\b/.test(text.slice(verbEnd))) continue;
      let ownSubject = this.subjectBefore(block, text, verbStart, range.start);
      let cueStart = ownSubject?.ref.start ?? verbStart;
      let continued = false;
      if (!ownSubject) {
        const adding = /(?:,\s*|\b(?:and|but)\s+)$/.exec(tailOf(text, range.start, verbStart));
        if (
          adding &&
          subject &&
          /ing$|^(?:added|noted|voiced|expressed|said|stressed|warned|praised|thanked|urged|called|questioned|insisted|argued|acknowledged|admitted|cautioned)$/.test(
            lower,
          )
        ) {
          ownSubject = subject;
          cueStart = verbStart;
          continued = true;
        }
      }
      if (!ownSubject) continue;
      subject = ownSubject;
      let contentStart = verbEnd;
      let cueEnd = verbEnd;
      const afterVerb = text.slice(verbEnd);
      const out = /^\s+out\b/.exec(afterVerb);
      if (out) {
        contentStart += out[0].length;
        cueEnd = contentStart;
      }
      if (lower === 'told' || lower === 'tells' || lower === 'asked') {
        const object =
          /^\s+(?:reporters|journalists|the\s+\p{L}+(?:\s+\p{L}+)?|a\s+\p{L}+(?:\s+\p{L}+){0,2}|an\s+\p{L}+(?:\s+\p{L}+){0,2}|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|me|us|him|her|them|lawmakers|investors|analysts|parliament|supporters)\b/u.exec(
            text.slice(contentStart),
          );
        if (!object) continue;
        contentStart += object[0].length;
      }
      const adverb = /^\s+([a-z]+ly|separately|again|also|later|then)(?=\s+that\b)/.exec(text.slice(contentStart));
      if (adverb) contentStart += adverb[0].length;
      const time = TIME_OR_PLACE.exec(text.slice(contentStart, end));
      if (time && /\s+that\b/.test(text.slice(contentStart + time[0].length, contentStart + time[0].length + 6))) contentStart += time[0].length;
      const that = /^\s*,?\s*that\b/.exec(text.slice(contentStart));
      if (that) {
        contentStart += that[0].length;
        if (!continued || lower !== 'said') cueEnd = contentStart;
      } else if (OBJECT_SPEECH_VERBS.has(lower)) {
        // "voiced support for …": the object is what was said.
      } else if (
        !/^\s+(?!(?:to|by|in|on|at|for|with|of|about|after|before|during|following|since|until|as|when|while|because|if|outside|inside|near|from|over|under|through|last|this|next|earlier|later|again|goodbye|nothing|so|yes|no)\b)[\p{L}'’"“]/u.test(
          text.slice(contentStart),
        ) ||
        /^\s*[:"“]/.test(text.slice(contentStart))
      ) {
        continue;
      }
      const cueText = text.slice(cueStart, cueEnd);
      const cue = { block, start: cueStart, end: cueEnd };
      // The content runs to the next attribution in the sentence (", adding that", ", and voiced") or its end.
      let stop = end;
      for (const later of verbs.slice(v + 1)) {
        const at = range.start + later.index;
        if (at - contentStart > 1000) break;
        if (insideDirect(at)) continue;
        const lookBack = tailOf(text, contentStart, at);
        const glue = /(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)$/.exec(lookBack);
        if (glue && (later[0].toLowerCase().endsWith('ing') || !this.subjectBefore(block, text, at, contentStart))) {
          stop = at - lookBack.length + glue.index;
          break;
        }
      }
      if (!cueText.trim()) continue;
      const quote = make(ownSubject, cue, contentStart, stop, continued ? 0.85 : 0.9);
      if (quote) {
        found.push(quote);
        if (!info.focus && quote.speaker) info.focus = { entity: quote.speaker, at: quote.speakerRef ?? quote };
      }
    }
    return found;
  }

  private trimContent(text: string, start: number, stop: number): { start: number; end: number } | null {
    let s = start;
    let e = stop;
    while (s < e && /[\s,:;—–-]/.test(text[s] ?? '')) s++;
    while (e > s && /[\s,.;:—–-]/.test(text[e - 1] ?? '')) e--;
    // A closing quote mark of a direct quote at the very end belongs to the reported span.
    return e - s >= 3 ? { start: s, end: e } : null;
  }

  /** The person or organisation a sentence is about: the first one named before its verb. */
  private sentenceSubject(block: number, text: string, range: SentenceRange): SentenceInfo['focus'] {
    let best: { entity: FoundEntity; at: Located } | null = null;
    for (const mention of this.mentionsBetween(block, range.start, range.end)) {
      if (mention.entity.type === 'place' || mention.end <= range.start) continue;
      if (mention.start >= range.end) break;
      const before = text.slice(range.start, Math.max(range.start, mention.start));
      if (before.length > 120 || before.split(/\s+/).length > 12) break;
      if (/\b(?:with|to|for|by|from|of|and|than|between|against|about|on|at)\s+(?:the\s+)?$/i.test(before)) continue;
      best = { entity: mention.entity, at: { block, start: mention.start, end: mention.end } };
      break;
    }
    if (best && best.entity.type === 'person') return best;
    const pronoun = /^\s*["“]?(he|she)\b/i.exec(text.slice(range.start));
    if (pronoun) {
      const previous = this.resolvePronoun('he');
      if (previous) return previous;
    }
    return best;
  }

  /** "he", "she": the subject or speaker of the previous sentence; "they", "it": its organisation. */
  private resolvePronoun(pronoun: string): { entity: FoundEntity; at: Located } | null {
    const wantsPerson = pronoun === 'he' || pronoun === 'she';
    for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const focus = this.sentences[i]?.focus;
      if (!focus) continue;
      if (wantsPerson ? focus.entity.type === 'person' : focus.entity.type === 'organization') return focus;
    }
    // No sentence was about a person: the one person the previous sentence names will do.
    const previous = this.sentences.at(-1);
    if (wantsPerson && previous && new Set(previous.people.map((p) => p.entity)).size === 1) return previous.people.at(-1) ?? null;
    return null;
  }

  private peopleIn(block: number, range: SentenceRange): Array<{ entity: FoundEntity; at: Located }> {
    return this.mentionsBetween(block, range.start, range.end)
      .filter((m) => m.entity.type === 'person')
      .map((m) => ({ entity: m.entity, at: { block, start: m.start, end: m.end } }));
  }

  /** "the Russian president" → the person whose title and nationality it names, most recently named first. */
  private resolveRole(phrase: string, block: number, at: number): { entity: FoundEntity; at: Located } | null {
    const words = phrase
      .toLowerCase()
      .replace(/^(the|a|an|its|his|her|their)\s+/, '')
      .split(/[\s-]+/);
    const forWhom = /\b(?:for|of|at)\s+(?:the\s+)?(.+)$/i.exec(phrase)?.[1];
    if (forWhom && /spokes|representative|official/.test(phrase) && ORG_ROLE_NOUNS.includes(forWhom.toLowerCase())) {
      return this.recentOrganization(forWhom.toLowerCase(), block, at);
    }
    if (forWhom) {
      const org = this.latestMention(
        (e) =>
          e.type === 'organization' &&
          (e.name.toLowerCase().includes(forWhom.toLowerCase()) ||
            forWhom
              .toLowerCase()
              .split(/\s+/)
              .some((w) => e.name.toLowerCase().split(/\s+/).includes(w))),
        block,
        at,
      );
      if (org && /spokes|representative|official/.test(phrase)) return org;
    }
    const head = words.find((w) => PERSON_ROLE_NOUNS.includes(w) || ORG_ROLE_NOUNS.includes(w)) ?? words.at(-1) ?? '';
    if (PERSON_ROLE_NOUNS.includes(head) || PERSON_ROLE_NOUNS.includes(words.slice(0, 2).join(' '))) {
      const holds = (e: FoundEntity) =>
        e.type === 'person' &&
        (e.roleWords.has(head) ||
          (e.role ?? '')
            .toLowerCase()
            .split(/[\s-]+/)
            .includes(head));
      const nationality = (e: FoundEntity) =>
        words.every((w) => !/^[a-z]+(?:ian|ese|ish|i|ch|an)$/.test(w) || e.roleWords.has(w) || (e.role ?? '').toLowerCase().includes(w.slice(0, 4)));
      const person = this.latestMention((e) => holds(e) && nationality(e), block, at) ?? this.firstMentionAfter((e) => holds(e) && nationality(e), block, at);
      if (person) return person;
      // A nationality the text never tied to the title: only a title nobody else holds.
      const holders = this.index.entities.filter(holds);
      return holders.length === 1 ? (this.latestMention(holds, block, at) ?? this.firstMentionAfter(holds, block, at)) : null;
    }
    return this.recentOrganization(head, block, at);
  }

  /** "the ministry", "the company": an organisation of that kind, the one the text was last about first. */
  private recentOrganization(head: string, block: number, at: number): { entity: FoundEntity; at: Located } | null {
    const named = (e: FoundEntity) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head);
    const generic = [
      'company',
      'firm',
      'group',
      'agency',
      'government',
      'organization',
      'organisation',
      'study',
      'report',
      'survey',
      'statement',
      'startup',
      'chipmaker',
      'automaker',
      'lender',
      'insurer',
      'retailer',
      'manufacturer',
      'carrier',
      'airline',
      'coalition',
      'alliance',
      'bloc',
      'body',
      'institute',
      'union',
      'campaign',
    ].includes(head);
    const byName = this.latestMention(named, block, at);
    if (byName) return byName;
    if (!generic) return null;
    for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
      const focus = this.sentences[i]?.focus;
      if (focus?.entity.type === 'organization') return focus;
    }
    return this.latestMention((e) => e.type === 'organization', block, at);
  }

  /** A headline names its speaker by role before the text names them: the first mention after. */
  private firstMentionAfter(test: (e: FoundEntity) => boolean, block: number, at: number): { entity: FoundEntity; at: Located } | null {
    if (block !== 0) return null;
    for (let b = block; b < this.byBlock.length; b++) {
      for (const m of this.inBlock(b)) {
        if (b === block && m.start <= at) continue;
        if (test(m.entity)) return { entity: m.entity, at: { block: b, start: m.start, end: m.end } };
      }
    }
    return null;
  }

  private latestMention(test: (e: FoundEntity) => boolean, block: number, at: number): { entity: FoundEntity; at: Located } | null {
    for (let b = Math.min(block, this.byBlock.length - 1); b >= 0; b--) {
      const list = this.inBlock(b);
      for (let i = (b === block ? this.firstMentionFrom(b, at) : list.length) - 1; i >= 0; i--) {
        const m = list[i];
        if (!m || (b === block && m.start >= at)) continue;
        if (test(m.entity)) return { entity: m.entity, at: { block: b, start: m.start, end: m.end } };
      }
    }
    return null;
  }
}
