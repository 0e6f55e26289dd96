/**
 * Measures each sieve and resolution's precision on the real development half and writes it to
 * `src/core/engine/measuredPrecision.ts`, where quotes take their confidence from. Run after changing a
 * sieve: `npm run calibrate`. The test half is never read here.
 *
 * The development half is what the sieves were tuned on, so its precision flatters them; each stated figure is
 * also held to the sieve's out-of-sample record (`tests/fixtures/real/prequential.json`, written by
 * `scripts/prequential.ts`: each article as the engine before it was added read it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { realSplit } from '../src/cli/corpus';
import { analyzeArticle } from '../src/core/engine/analyze';
import { shownConfidence } from '../src/core/confidence';
import { z } from 'zod';
import { checkExpectation, expectationSchema } from '../src/core/expectation';

const dir = 'tests/fixtures/real';
const tallies = new Map<string, { right: number; of: number }>();
/** Each attribution's stated confidence (from the table the engine was built with) and whether it was right. */
const confidences: Array<{ confidence: number; right: boolean }> = [];
for (const id of realSplit().dev) {
  const expectation = expectationSchema.parse(JSON.parse(readFileSync(`${dir}/${id}.expect.json`, 'utf8')));
  const keys = new Map<string, string>();
  const article = analyzeArticle(readFileSync(`${dir}/${id}.txt`, 'utf8'), {
    publishedOn: expectation.date,
    onAttribution: (quoteId, key) => keys.set(quoteId, key),
  });
  for (const { found, speakerRight } of checkExpectation(article, expectation).outcomes) {
    if (!found?.speaker) continue;
    confidences.push({ confidence: found.confidence, right: speakerRight });
    const key = keys.get(found.id) ?? 'none/unattributed';
    const tally = tallies.get(key) ?? { right: 0, of: 0 };
    tally.of++;
    if (speakerRight) tally.right++;
    tallies.set(key, tally);
  }
}
/** The lower end of the 95 % Wilson score interval of a proportion (Wilson 1927). */
function wilsonLower(right: number, of: number): number {
  if (of === 0) return 0;
  const z = 1.96;
  const p = right / of;
  const centre = p + (z * z) / (2 * of);
  const spread = z * Math.sqrt((p * (1 - p)) / of + (z * z) / (4 * of * of));
  return (centre - spread) / (1 + (z * z) / of);
}

// Each resolution's pooled record (every sieve together): the prior a rarely firing sieve is shrunk towards.
for (const [key, t] of [...tallies.entries()]) {
  const pooled = `any/${key.split('/')[1] ?? ''}`;
  const sum = tallies.get(pooled) ?? { right: 0, of: 0 };
  tallies.set(pooled, { right: sum.right + t.right, of: sum.of + t.of });
}
const prior = (key: string) => {
  const pooled = tallies.get(`any/${key.split('/')[1] ?? ''}`) ?? { right: 0, of: 0 };
  return (pooled.right + 1) / (pooled.of + 2);
};

// Out of sample: each development article as the engine before it was added read it (scripts/prequential.ts).
const prequential = z
  .object({ records: z.array(z.object({ id: z.string(), engine: z.string(), key: z.string(), right: z.boolean() })) })
  .parse(JSON.parse(readFileSync(`${dir}/prequential.json`, 'utf8'))).records;
const unseen = new Map<string, { right: number; of: number }>();
for (const { key, right } of prequential)
  for (const k of [key, `any/${key.split('/')[1] ?? ''}`]) {
    const t = unseen.get(k) ?? { right: 0, of: 0 };
    unseen.set(k, { right: t.right + (right ? 1 : 0), of: t.of + 1 });
  }

/**
 * What a sieve's record on text its engine had never seen allows it to state: its out-of-sample precision shrunk
 * towards its resolution's (two pseudo-observations), and 1 where there is no such record.
 */
function unseenCeiling(key: string): number {
  const res = `any/${key.split('/')[1] ?? ''}`;
  const pooled = unseen.get(res);
  if (!pooled) return 1;
  const resolutionRate = (pooled.right + 1) / (pooled.of + 2);
  const own = unseen.get(key);
  return key.startsWith('any/') || !own ? resolutionRate : (own.right + 2 * resolutionRate) / (own.of + 2);
}

/**
 * The confidence a sieve states: its precision shrunk towards its resolution's pooled precision by two
 * pseudo-observations (so one right answer is not "100 %"), no higher than its out-of-sample record allows, and
 * never 0.9 or more unless even the lower end of its 95 % interval is 0.99 on both records: a reader takes "90 %"
 * as near-certain, and such a quote must be right 99 % of the time, so it needs that evidence (hundreds of right
 * answers without an error).
 */
function stated(key: string, t: { right: number; of: number }): number {
  const shrunk = key.startsWith('any/') ? (t.right + 1) / (t.of + 2) : (t.right + 2 * prior(key)) / (t.of + 2);
  const held = Math.min(shrunk, unseenCeiling(key));
  const own = unseen.get(key) ?? { right: 0, of: 0 };
  return shownConfidence(held) >= 0.9 && (wilsonLower(t.right, t.of) < 0.99 || wilsonLower(own.right, own.of) < 0.99) ? 0.89 : held;
}

const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
const table = rows.map(([key, t]) => `  // ${t.right} right of ${t.of}\n  '${key}': ${stated(key, t).toFixed(3)},`).join('\n');
writeFileSync(
  'src/core/engine/measuredPrecision.ts',
  `/**\n * Written by \`npm run calibrate\` from the real development half: each sieve/resolution's share of right\n * speakers, shrunk towards its resolution's pooled share (keys 'any/name' and the like), no higher than its record on text\n * its engine had not seen (tests/fixtures/real/prequential.json), and below 0.9 unless the lower end of its 95 % Wilson\n * interval reaches 0.99. Do not edit by hand.\n */\nexport const MEASURED_PRECISION: Readonly<Record<string, number>> = {\n${table}\n};\n`,
);
console.log(`${'sieve/resolution'.padEnd(40)} development → stated | out of sample`);
for (const [key, t] of rows) {
  const u = unseen.get(key);
  console.log(
    `${key.padEnd(40)} ${String(t.right).padStart(4)} / ${String(t.of).padEnd(4)} → ${stated(key, t).toFixed(3)} | ${u ? `${u.right} / ${u.of}` : '–'}`,
  );
}

// The uncertainty threshold (UNCERTAIN_BELOW in core/confidence.ts): where attributions on text the engine had not
// seen, at the confidence this table now states, stop being right more often than wrong. The development half's own
// records are printed beside them; they flatter every sieve.
const statedFor = new Map(rows.map(([key, t]) => [key, stated(key, t)] as const));
const unseenConfidences = prequential.map((r) => ({
  confidence: statedFor.get(r.key) ?? statedFor.get(`any/${r.key.split('/')[1] ?? ''}`) ?? 0.5,
  right: r.right,
}));
const share = (list: ReadonlyArray<{ right: boolean }>) => `${list.filter((c) => c.right).length} / ${list.length}`;
console.log('\nthreshold | out of sample, at or above | below        | development (table it was built with), at or above | below');
for (const t of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
  const split = (list: ReadonlyArray<{ confidence: number; right: boolean }>) =>
    [share(list.filter((c) => c.confidence >= t)), share(list.filter((c) => c.confidence < t))] as const;
  const [ua, ub] = split(unseenConfidences);
  const [da, db] = split(confidences);
  console.log(`${t.toFixed(2).padEnd(9)} | ${ua.padEnd(26)} | ${ub.padEnd(12)} | ${da.padEnd(50)} | ${db}`);
}
