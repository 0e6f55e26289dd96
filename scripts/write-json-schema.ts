import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/core/jsonSchema';

const target = new URL('../docs/article.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
