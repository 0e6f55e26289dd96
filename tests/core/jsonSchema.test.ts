import { readFileSync } from 'node:fs';
import { articleJsonSchema } from '../../src/core/jsonSchema';

test('the JSON Schema in docs/ is the one the zod schema generates (run npm run schema after changing the format)', () => {
  const written = JSON.parse(readFileSync('docs/article.schema.json', 'utf8')) as unknown;
  expect(written).toEqual(articleJsonSchema());
});

test('the JSON Schema tells writers what a quote needs', () => {
  const text = JSON.stringify(articleJsonSchema());
  expect(text).toContain('"required":["start","end","text","id","kind","speakerId","cue","speakerRef","resolution","antecedent","confidence"]');
  expect(text).toContain('How speakerRef leads to the speaker.');
});
