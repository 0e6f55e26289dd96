import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/promptedColon.ts: "prompted X to ask:" makes the object X the one whose words the block after the colon is.
// Sentences from gv-cuba-bloggers-in-revolution-criticism-2012-05-18 (held-out batch s54), quoted exactly.

test("'This prompted Cuban blogger Yasmín Silvia Portales [es], who was not formally invited …, to ask:' sets off her words", () => {
  const article = analyze(
    'Cuba: Questioning Digital Expression within the Revolution',
    'While the principles acknowledged a need to increase ICT access on the island, they chiefly emphasized the role of bloggers in supporting the Cuban revolutionary project.',
    'This prompted Cuban blogger Yasmín Silvia Portales [es], who was not formally invited to the event, to ask:',
    '¿y quién hace el examen de «revolucionario» para poder acceder a internet desde Cuba?',
    'And who conducts the “revolutionary” exam in order to access the Internet in Cuba?',
  );
  expect(attribution(article, '¿y quién hace el examen').speaker).toBe('Yasmín Silvia Portales');
  expect(attribution(article, 'And who conducts').speaker).toBe('Yasmín Silvia Portales');
});

test('the one who prompts is never given the words of those prompted, named or not', () => {
  // Near miss: the object is a group the text does not name, so the block stays unattributed rather than the subject's.
  const article = analyze(
    'Cuba: Questioning Digital Expression within the Revolution',
    'Yasmín Silvia Portales wrote about the meeting on her blog.',
    "Yasmín Silvia Portales's post prompted several readers of her blog to ask:",
    'And who conducts the “revolutionary” exam in order to access the Internet in Cuba?',
  );
  expect(attribution(article, 'And who conducts').speaker).toBeNull();
});
