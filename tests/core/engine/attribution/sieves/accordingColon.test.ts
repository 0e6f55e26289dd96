import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/accordingColon.ts: a colon sentence that ends by crediting what it says "according to" a named source sets
// off that source's words (Global Voices, development half).

test("a tweet set off by '…, according to Mónica Tapia A. [es] (@monicatapiaa):' is hers", () => {
  const article = analyze(
    'Mexico: Bike Ride Protest Clashes With Local Government',
    'At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es] (@monicatapiaa):',
    '¿Están siguiendo #fleshandconcrete ? Detuvieron y golpearon a 6 ciclistas @BernardoPadron@Karkarkarrr por subir a #2dopiso #supervia',
  );
  expect(attribution(article, '¿Están siguiendo').speaker).toBe('Mónica Tapia A.');
});

test("'According to the newspaper Clarin [es]:' still sets off the paper's words", () => {
  const article = analyze(
    'Argentina: Death With Dignity Law',
    'Argentina finds itself on a list of countries that have a law about dying with dignity. According to the newspaper Clarin [es]:',
    'Holanda, Bélgica, Luxemburgo fueron de los primeros países en reglamentarla. Tres Estados de EE.UU  la permiten. También Suiza. En Colombia fue autorizada por la Corte.',
  );
  expect(attribution(article, 'Holanda, Bélgica').speaker).toBe('Clarin');
});
