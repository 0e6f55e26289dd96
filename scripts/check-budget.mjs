// Fails the build when the first load outgrows its budget.
import { bundleSizes, kib } from './bundleSize.mjs';

const BUDGET = { js: 90 * 1024, css: 10 * 1024 };
const sizes = bundleSizes();
console.log(`first load, gzipped: JS ${sizes.js} B (${kib(sizes.js)} of ${kib(BUDGET.js)}), CSS ${sizes.css} B (${kib(sizes.css)} of ${kib(BUDGET.css)})`);
if (sizes.lazy.length > 0) console.log(`loaded on demand, gzipped: ${sizes.lazy.map(({ name, bytes }) => `${name} ${kib(bytes)}`).join(', ')}`);
const over = Object.keys(BUDGET).filter((type) => sizes[type] > BUDGET[type]);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((type) => `${type.toUpperCase()} ${kib(sizes[type])} > ${kib(BUDGET[type])}`).join('; ')}`);
  process.exit(1);
}
