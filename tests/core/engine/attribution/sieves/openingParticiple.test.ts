import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/openingParticiple.ts: `Saying "…", X elaborated` — a sentence opening on a speech verb's participle and its quote.
// The paragraph is verbatim from wikinews-argentine-president-fernandez-abortion-bill-2020-03-04 (dev half).

test('"Saying “…” …, President Fernández elaborated, “…”": both quotes are Fernández\'s', () => {
  const article = analyze(
    'Argentine President Fernández announces abortion bill',
    'President of Argentina Alberto Fernández announced on Sunday he is to send a bill to the congress.',
    'Estimates by the Argentinian government state about 350 thousand illegal abortions are carried out in the country each year. Illegal abortion is a crime punishable with a prison term in the Latin American country since 1921. Saying "there are many abortions despite the criminal threat" ((es))Spanish language: ‍hay muchos abortos pese a la amenaza penal, President Fernández elaborated, "A state that is present must protect citizens in general and obviously women in particular. And in the 21st Century, every society needs to respect the individual choice of its members to decide freely about their bodies ((es))Spanish language: ‍En el siglo XXI, toda sociedad necesita respetar la decisión individual de sus miembros para disponer libremente de sus cuerpos".',
  );
  expect(attribution(article, 'there are many abortions')).toMatchObject({ kind: 'direct', speaker: 'Alberto Fernández', cue: 'Saying' });
  expect(attribution(article, 'A state that is present')).toMatchObject({ kind: 'direct', speaker: 'Alberto Fernández' });
});

test('a participle phrase followed by no name and verb of its own leaves its quote unattributed', () => {
  const article = analyze('Budget talks', 'Mayor John Smith spoke on Monday. Saying "we cannot afford it" was, for many, the easy answer.');
  expect(attribution(article, 'we cannot afford it').speaker).toBeNull();
});
