// Measures whether a part-of-speech tagger (compromise, or wink-nlp with wink-eng-lite-web-model) finds people
// and speakers better than the engine's hand-written rules, on the real development half only (never "test").
// The taggers are devDependencies, used only here.
// Run: `npm run measure:taggers` (prints markdown tables; bytes need `npx esbuild` and vite).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { build } from 'vite';
import { analyzeArticle } from '../src/core/engine/analyze';
import { checkExpectation, expectationSchema, type Expectation } from '../src/core/expectation';
import { foldName } from '../src/core/goldMatch';
import type { Article } from '../src/core/schema';

const REAL = 'tests/fixtures/real';
const split = JSON.parse(readFileSync(`${REAL}/split.json`, 'utf8')) as { dev: Array<string> };
const DEV = split.dev; // the test half is never read here

interface Doc {
  id: string;
  raw: string;
  gold: Expectation;
  article: Article;
}
const docs: Array<Doc> = DEV.map((id) => {
  const gold = expectationSchema.parse(JSON.parse(readFileSync(`${REAL}/${id}.expect.json`, 'utf8')));
  const raw = readFileSync(`${REAL}/${id}.txt`, 'utf8');
  return { id, raw, gold, article: analyzeArticle(raw, { publishedOn: gold.date }) };
});

// ---------------------------------------------------------------- people

/** One person found: a display name and every name it goes by, folded. */
type Cluster = { name: string; names: Set<string> };

const clean = (name: string) =>
  name
    .replace(/[’']s$/i, '')
    .replace(/^[\s"“”‘’'(]+|[\s"“”‘’'),.;:!?]+$/g, '')
    .trim();
const HONORIFIC =
  /^((mr|mrs|ms|miss|dr|prof|professor|emeritus|sir|dame|lord|lady|president|gov|governor|sen|senator|rep|gen|general|col|colonel|lt|capt|captain|maj|sgt|rev|judge|justice|minister|secretary|administrator|chairman|mayor|attorney|assistant|deputy|director|class)\.?\s+)+/i;

/** Groups a flat list of names: a name whose words are all in a longer one's is an alias of it (Obama → Barack Obama). */
function cluster(names: ReadonlyArray<string>): Array<Cluster> {
  const unique = [...new Set(names.map(clean).filter((n) => n.length > 1))];
  unique.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length);
  const out: Array<Cluster & { words: Set<string> }> = [];
  for (const name of unique) {
    const folded = foldName(name);
    const words = folded.split(' ');
    const host = out.find((c) => words.every((w) => c.words.has(w)));
    if (host) host.names.add(folded);
    else out.push({ name, names: new Set([folded]), words: new Set(words) });
  }
  return out;
}

const engineClusters = (article: Article): Array<Cluster> =>
  article.entities.filter((e) => e.type === 'person').map((e) => ({ name: e.name, names: new Set([e.name, ...e.aliases].map(foldName)) }));

function compromisePeople(raw: string): Array<string> {
  return (nlp(raw).people().out('array') as Array<string>).map((n) => clean(n).replace(HONORIFIC, ''));
}

const wink = winkNLP(model);
const its = wink.its;
/** wink's model has no PERSON entity type: the best it can give is runs of PROPN tokens. */
function winkProperRuns(raw: string, minWords: number): Array<string> {
  const doc = wink.readDoc(raw);
  const runs: Array<string> = [];
  let run: Array<string> = [];
  const flush = () => {
    if (run.length >= minWords) runs.push(run.join(' '));
    run = [];
  };
  doc.tokens().each((t: { out: (f: unknown) => string }) => {
    const pos = t.out(its.pos);
    const value = t.out(its.value);
    if (pos === 'PROPN' && /^\p{Lu}/u.test(value)) run.push(value);
    else flush();
  });
  flush();
  return runs.map((n) => n.replace(HONORIFIC, ''));
}
function winkPersonEntities(raw: string): Array<string> {
  const doc = wink.readDoc(raw);
  const types = new Map<string, number>();
  const persons: Array<string> = [];
  for (const d of doc.entities().out(its.detail) as unknown as Array<{ value: string; type: string }>) {
    types.set(d.type, (types.get(d.type) ?? 0) + 1);
    if (d.type === 'PERSON') persons.push(d.value);
  }
  winkTypesSeen = new Map([...winkTypesSeen, ...[...types].map(([k, v]) => [k, (winkTypesSeen.get(k) ?? 0) + v] as const)]);
  return persons;
}
let winkTypesSeen = new Map<string, number>();

interface PRF {
  found: number;
  foundRight: number;
  expected: number;
  hits: number;
}
function scorePeople(clusters: ReadonlyArray<Cluster>, gold: ReadonlyArray<string>): PRF {
  const folded = gold.map(foldName);
  return {
    found: clusters.length,
    foundRight: clusters.filter((c) => folded.some((g) => c.names.has(g))).length,
    expected: gold.length,
    hits: folded.filter((g) => clusters.some((c) => c.names.has(g))).length,
  };
}
const add = (a: PRF, b: PRF): PRF => ({
  found: a.found + b.found,
  foundRight: a.foundRight + b.foundRight,
  expected: a.expected + b.expected,
  hits: a.hits + b.hits,
});
const fmt = (s: PRF) => {
  const p = s.found ? s.foundRight / s.found : 1;
  const r = s.expected ? s.hits / s.expected : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${s.foundRight}/${s.found} | ${s.hits}/${s.expected}`;
};

/** Two clusters are one person when they share a folded name, or one's words are all in the other's longest name. */
function same(a: Cluster, b: Cluster): boolean {
  for (const n of a.names) if (b.names.has(n)) return true;
  const longest = (c: Cluster) => [...c.names].sort((x, y) => y.length - x.length)[0] ?? '';
  const wa = longest(a).split(' ');
  const wb = longest(b).split(' ');
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

const people: Record<string, PRF> = {};
const tally = (label: string, s: PRF) => (people[label] = add(people[label] ?? { found: 0, foundRight: 0, expected: 0, hits: 0 }, s));
for (const d of docs) {
  const gold = d.gold.people ?? [];
  const engine = engineClusters(d.article);
  const comp = cluster(compromisePeople(d.raw));
  const winkRuns = cluster(winkProperRuns(d.raw, 1));
  const winkRuns2 = cluster(winkProperRuns(d.raw, 2));
  const winkPer = cluster(winkPersonEntities(d.raw));
  tally('(c) engine rules (entities of type person)', scorePeople(engine, gold));
  tally('(a) compromise .people()', scorePeople(comp, gold));
  tally('(b) wink-nlp NER, type PERSON', scorePeople(winkPer, gold));
  tally("(b') wink-nlp PROPN runs, any length", scorePeople(winkRuns, gold));
  tally("(b'') wink-nlp PROPN runs, 2+ words", scorePeople(winkRuns2, gold));
  const union = [...engine, ...comp.filter((c) => !engine.some((e) => same(e, c)))];
  const inter = engine.filter((e) => comp.some((c) => same(e, c)));
  tally('(d1) engine ∪ compromise', scorePeople(union, gold));
  tally('(d2) engine ∩ compromise', scorePeople(inter, gold));
  // Keeps every engine person that speaks (so attribution is untouched) and the rest only where compromise agrees.
  const speakers = new Set([d.article.headline, ...d.article.paragraphs].flatMap((b) => b.quotes.map((q) => q.speakerId)));
  const speaking = d.article.entities.filter((e) => e.type === 'person' && speakers.has(e.id)).map((e) => e.name);
  const filtered = engine.filter((e) => speaking.includes(e.name) || comp.some((c) => same(e, c)));
  tally('(d3) engine persons that speak, plus the others compromise agrees with', scorePeople(filtered, gold));
}

// ---------------------------------------------------------------- speakers from the cue sentence

const SPEECH =
  /^(say|says|said|saying|tell|tells|told|add|adds|added|explain|explains|explained|note|notes|noted|state|states|stated|write|writes|wrote|written|announce|announces|announced|ask|asks|asked|argue|argues|argued|claim|claims|claimed|declare|declares|declared|insist|insists|insisted|warn|warns|warned|reply|replies|replied|continue|continues|continued|recall|recalls|recalled|comment|comments|commented|remark|remarks|remarked|describe|describes|described|deny|denies|denied|accuse|accuses|accused|report|reports|reported|believe|believes|believed|think|thinks|thought|according|tweet|tweets|tweeted|blog|blogs|blogged|urge|urges|urged|suggest|suggests|suggested|acknowledge|acknowledges|acknowledged|admit|admits|admitted|agree|agrees|agreed|point|points|pointed|quote|quoted|call|calls|called|post|posted|respond|responds|responded|emphasize|emphasized|emphasised|stress|stressed|conclude|concluded|draws|drew|propose|proposes|proposed|predict|predicted|expect|expects|expected|hope|hopes|hoped|estimate|estimated|argued|shared|share|shares|wonder|wondered|observe|observed|observes)$/i;

interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  post: string;
}
function termsOf(raw: string): { terms: Array<Term>; sentences: Array<{ start: number; end: number }> } {
  const doc = nlp(raw);
  const terms = doc.terms().json({ offset: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
    terms: Array<{ tags: Array<string>; post: string }>;
  }>;
  const sentences = (doc.sentences().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map((s) => ({
    start: s.offset.start,
    end: s.offset.start + s.offset.length,
  }));
  return {
    terms: terms.map((t) => ({
      text: clean(t.text),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      tags: new Set(t.terms[0]?.tags ?? []),
      post: t.terms[0]?.post ?? '',
    })),
    sentences,
  };
}
const isName = (t: Term) => (t.tags.has('Person') || t.tags.has('ProperNoun')) && !t.tags.has('Pronoun') && /^\p{Lu}/u.test(t.text);
/** Maximal runs of #Person/#ProperNoun terms, broken at punctuation; honorifics dropped. */
function chunks(terms: ReadonlyArray<Term>, from: number, to: number): Array<{ text: string; start: number; end: number; person: boolean }> {
  const out: Array<{ text: string; start: number; end: number; person: boolean }> = [];
  let run: Array<Term> = [];
  const flush = () => {
    const words = run.filter((t) => !t.tags.has('Honorific'));
    if (words.length)
      out.push({
        text: words
          .map((t) => t.text)
          .join(' ')
          .replace(HONORIFIC, ''),
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        person: run.some((t) => t.tags.has('Person')),
      });
    run = [];
  };
  for (const t of terms) {
    if (t.start < from || t.end > to) continue;
    if (isName(t)) {
      run.push(t);
      // A full stop after an initial or an abbreviation ("Ismail J. Ramsey", "Dr.") does not end the name.
      if (/[,;:!?)”"]/.test(t.post) || (/\./.test(t.post) && t.text.replace(/\.$/, '').length > 1 && !t.tags.has('Honorific') && !t.tags.has('Abbreviation')))
        flush();
    } else flush();
  }
  flush();
  return out;
}
const PRONOUN = /^(he|she|they|i|we)$/i;

const answersOf = (speaker: Expectation['quotes'][number]['speaker']) => (Array.isArray(speaker) ? speaker : [speaker]).filter((s): s is string => s !== null);
const strictMatch = (found: string | null, answers: ReadonlyArray<string>) => found !== null && answers.some((a) => foldName(a) === foldName(found));
const looseMatch = (found: string | null, answers: ReadonlyArray<string>) => {
  if (found === null) return false;
  const f = ` ${foldName(found)} `;
  return answers.some((a) => {
    const g = ` ${foldName(a)} `;
    return f.includes(g) || g.includes(f);
  });
};

/** Middle criterion: equal once folded; or the answer holds the whole gold name; or, for a gold speaker who is in the
 * gold's people list, the answer is that person's last name (or a name ending with it). */
const fairMatch = (found: string | null, answers: ReadonlyArray<string>, people: ReadonlyArray<string>) => {
  if (found === null) return false;
  const f = foldName(found);
  return answers.some((a) => {
    const g = foldName(a);
    if (f === g || ` ${f} `.includes(` ${g} `)) return true;
    const isPerson = people.some((p) => foldName(p) === g);
    const last = g.split(' ').at(-1) ?? '';
    return isPerson && (f === last || f.endsWith(` ${last}`));
  });
};

interface SpeakerRow {
  kind: string;
  engineFound: boolean;
  engineRight: boolean;
  engineNull: boolean;
  taggerStrict: boolean;
  taggerLoose: boolean;
  taggerFair: boolean;
  taggerLooseNoPronoun: boolean;
  taggerAnswer: string | null;
  gold: string;
}
const rows: Array<SpeakerRow> = [];
let goldNullSkipped = 0;
let cueNotFound = 0;
for (const d of docs) {
  const report = checkExpectation(d.article, d.gold);
  const { terms, sentences } = termsOf(d.raw);
  const personMentions = chunks(terms, 0, d.raw.length).filter((c) => c.person);
  d.gold.quotes.forEach((q, i) => {
    if (!q.cue || q.optional) return;
    const answers = answersOf(q.speaker);
    if (answers.length === 0) {
      goldNullSkipped++;
      return;
    }
    // Where the quote is, then the occurrence of the cue nearest to it.
    const quoteAt = d.raw.indexOf(q.text.replace(/^["“]/, '').slice(0, 30));
    const cueAts: Array<number> = [];
    for (let at = d.raw.indexOf(q.cue); at >= 0; at = d.raw.indexOf(q.cue, at + 1)) cueAts.push(at);
    if (cueAts.length === 0) cueNotFound++;
    const cueAt =
      cueAts.length === 0 ? -1 : quoteAt < 0 ? cueAts[0]! : cueAts.reduce((best, at) => (Math.abs(at - quoteAt) < Math.abs(best - quoteAt) ? at : best));
    let answer: string | null = null;
    let viaPronoun = false;
    if (cueAt >= 0) {
      const cueEnd = cueAt + q.cue.length;
      const sentence = sentences.find((s) => s.start <= cueAt && cueAt < s.end) ?? { start: cueAt, end: cueEnd };
      const inSentence = terms.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      const verb =
        inSentence.find((t) => t.start >= cueAt && t.end <= cueEnd + 1 && SPEECH.test(t.text)) ??
        inSentence.find((t) => SPEECH.test(t.text) && (t.tags.has('Verb') || /^according$/i.test(t.text)));
      const pivot = verb ?? inSentence.find((t) => t.start >= cueAt) ?? inSentence[0];
      if (pivot) {
        const before = chunks(terms, sentence.start, pivot.start);
        const after = chunks(terms, pivot.end, sentence.end);
        // A pronoun straight before the verb ("he said") points back to the last person named.
        const prev = inSentence.filter((t) => t.end <= pivot.start).at(-1);
        if (prev && PRONOUN.test(prev.text) && !/^according$/i.test(pivot.text)) {
          answer = personMentions.filter((m) => m.end <= prev.start).at(-1)?.text ?? null;
          viaPronoun = true;
        } else if (/^according$/i.test(pivot.text)) answer = after[0]?.text ?? before.at(-1)?.text ?? null;
        else answer = before.at(-1)?.text ?? after[0]?.text ?? null;
      }
    }
    const outcome = report.outcomes[i]!;
    rows.push({
      kind: q.kind ?? 'any',
      engineFound: outcome.found !== null,
      engineRight: outcome.found !== null && outcome.speakerRight,
      engineNull: outcome.found !== null && outcome.found.speaker === null,
      taggerStrict: strictMatch(answer, answers),
      taggerLoose: looseMatch(answer, answers),
      taggerFair: fairMatch(answer, answers, d.gold.people ?? []),
      taggerLooseNoPronoun: !viaPronoun && looseMatch(answer, answers),
      taggerAnswer: answer,
      gold: answers.join(' / '),
    });
  });
}

// ---------------------------------------------------------------- bytes and time

function gz(code: string | Buffer): number {
  return gzipSync(code, { level: 9 }).length;
}
function esbuildBytes(entry: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'tagger-'));
  const file = join(process.cwd(), `.measure-entry-${Math.random().toString(36).slice(2)}.ts`);
  try {
    writeFileSync(file, entry);
    const out = execSync(`npx esbuild ${file} --bundle --minify --format=esm --platform=browser --log-level=error`, { maxBuffer: 64 << 20 });
    return gz(out);
  } finally {
    rmSync(file, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
/** The engine chunk as bench-engine builds it (vite lib, minified), with an optional extra import. */
async function viteBytes(extra: string): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'engine-chunk-'));
  const entry = join(process.cwd(), `.measure-vite-${Math.random().toString(36).slice(2)}.ts`);
  try {
    writeFileSync(entry, `export { analyzeArticle } from './src/core/engine/analyze';\n${extra}`);
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: 'engine' } },
    });
    return readdirSync(outDir)
      .filter((n) => n.endsWith('.js'))
      .reduce((sum, n) => sum + gz(readFileSync(join(outDir, n))), 0);
  } finally {
    rmSync(entry, { force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
const COMP = `import nlp from 'compromise';\nexport const people = (t: string) => nlp(t).people().out('array');\n`;
const WINK = `import winkNLP from 'wink-nlp';\nimport model from 'wink-eng-lite-web-model';\nconst w = winkNLP(model);\nexport const pos = (t: string) => w.readDoc(t).tokens().out(w.its.pos);\n`;

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeIt(fn: () => unknown, runs = 9): number {
  fn();
  const times: Array<number> = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  return median(times);
}
const all = docs.map((d) => d.raw).join('\n\n');
const words = all.split(/\s+/).filter(Boolean).length;
const per10k = (ms: number) => `${((ms * 10000) / words).toFixed(0)} ms`;

// ---------------------------------------------------------------- print

const lines: Array<string> = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
say(`## People, development half (${docs.length} articles, ${docs.reduce((n, d) => n + (d.gold.people?.length ?? 0), 0)} gold people)\n`);
say('Scored alike for every source: each found person (with its aliases) is right when one of its names folds (foldName) to a gold name;');
say(
  'a gold name is recalled when some found person has it. Tagger names are grouped first (a name whose words are all in a longer one is its alias) and honorifics are dropped.\n',
);
say('| source | P | R | F1 | found right | gold recalled |');
say('| --- | --- | --- | --- | --- | --- |');
for (const [label, s] of Object.entries(people)) say(`| ${label} | ${fmt(s)} |`);
say(
  `\nwink-eng-lite-web-model entity types seen on the dev half: ${[...winkTypesSeen].map(([k, v]) => `${k} ${v}`).join(', ')} (no PERSON type exists in the model).`,
);

const by = (pred: (r: SpeakerRow) => boolean) => rows.filter(pred);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
say(
  `\n## Speakers of gold quotes with a cue, development half (${rows.length} quotes; ${goldNullSkipped} with a null-only gold speaker left out; cue not found in the text: ${cueNotFound})\n`,
);
say(
  '| set | engine right (quote found and speaker accepted) | engine right, among quotes it found | tagger baseline, strict name | tagger baseline, fair (name, whole gold inside, or the last name of a gold person) | tagger baseline, any containment (generous) | tagger, any containment, without the pronoun fallback |',
);
say('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, set] of [
  ['all', rows],
  ['reported', by((r) => r.kind === 'reported')],
  ['direct', by((r) => r.kind === 'direct')],
  ['engine found the quote', by((r) => r.engineFound)],
] as const) {
  const found = set.filter((r) => r.engineFound);
  say(
    `| ${label} | ${pct(set.filter((r) => r.engineRight).length, set.length)} | ${pct(found.filter((r) => r.engineRight).length, found.length)} | ${pct(set.filter((r) => r.taggerStrict).length, set.length)} | ${pct(set.filter((r) => r.taggerFair).length, set.length)} | ${pct(set.filter((r) => r.taggerLoose).length, set.length)} | ${pct(set.filter((r) => r.taggerLooseNoPronoun).length, set.length)} |`,
  );
}
const found = by((r) => r.engineFound);
say(
  `\nOn the ${found.length} quotes the engine found (tagger judged by the fair criterion): engine right & tagger wrong ${found.filter((r) => r.engineRight && !r.taggerFair).length}; engine wrong & tagger right ${found.filter((r) => !r.engineRight && r.taggerFair).length} (of which the engine left unattributed ${found.filter((r) => r.engineNull && r.taggerFair).length}); both right ${found.filter((r) => r.engineRight && r.taggerFair).length}; both wrong ${found.filter((r) => !r.engineRight && !r.taggerFair).length}.`,
);
const fallback = found.filter((r) => r.engineRight || (r.engineNull && r.taggerFair)).length;
say(
  `Engine with the tagger as fallback only where it left a found quote unattributed: ${pct(fallback, found.length)} (engine alone ${pct(found.filter((r) => r.engineRight).length, found.length)}).`,
);
if (process.argv.includes('--details'))
  for (const r of rows)
    if (r.engineRight !== r.taggerFair)
      console.log(`  ${r.kind} engine=${r.engineRight} engineFound=${r.engineFound} tagger=${r.taggerFair} gold=${r.gold} tagger said=${r.taggerAnswer}`);

say(`\n## Bytes (gzip -9) and time (dev half concatenated: ${words} words; median of 9 runs after a warm-up)\n`);
const engineVite = await viteBytes('');
const engineComp = await viteBytes(COMP);
const engineWink = await viteBytes(WINK);
const esEngine = esbuildBytes(`export { analyzeArticle } from './src/core/engine/analyze';\n`);
const esComp = esbuildBytes(COMP);
const esWink = esbuildBytes(WINK);
const esEngineComp = esbuildBytes(`export { analyzeArticle } from './src/core/engine/analyze';\n${COMP}`);
const esEngineWink = esbuildBytes(`export { analyzeArticle } from './src/core/engine/analyze';\n${WINK}`);
const tEngine = timeIt(() => docs.forEach((d) => analyzeArticle(d.raw, { publishedOn: d.gold.date })));
const tComp = timeIt(() => nlp(all).people().out('array'));
const tCompPer = timeIt(() => docs.forEach((d) => void nlp(d.raw).people().out('array')));
const tCompTerms = timeIt(() => termsOf(all));
const tWink = timeIt(() => wink.readDoc(all).tokens().out(its.pos));
const tWinkPer = timeIt(() => docs.forEach((d) => wink.readDoc(d.raw).tokens().out(its.pos)));
const kb = (b: number) => `${b} B (${(b / 1024).toFixed(1)} KiB)`;
say('| what | gzipped, vite lib build as bench-engine | gzipped, esbuild --bundle --minify --format=esm | time per 10,000 words |');
say('| --- | --- | --- | --- |');
say(`| engine chunk alone (analyzeArticle) | ${kb(engineVite)} | ${kb(esEngine)} | ${per10k(tEngine)} (analyzeArticle per article, summed) |`);
say(
  `| compromise alone (nlp(t).people()) | — | ${kb(esComp)} | ${per10k(tComp)} concatenated, ${per10k(tCompPer)} per article; terms+offsets JSON as the speaker baseline uses: ${per10k(tCompTerms)} |`,
);
say(`| wink-nlp + wink-eng-lite-web-model (readDoc + POS) | — | ${kb(esWink)} | ${per10k(tWink)} concatenated, ${per10k(tWinkPer)} per article |`);
say(
  `| engine + compromise in one chunk | ${kb(engineComp)} (+${engineComp - engineVite}) | ${kb(esEngineComp)} (+${esEngineComp - esEngine}) | engine + compromise ≈ ${per10k(tEngine + tComp)} |`,
);
say(
  `| engine + wink in one chunk | ${kb(engineWink)} (+${engineWink - engineVite}) | ${kb(esEngineWink)} (+${esEngineWink - esEngine}) | engine + wink ≈ ${per10k(tEngine + tWink)} |`,
);
writeFileSync('/tmp/measure-taggers.out.md', lines.join('\n') + '\n');
