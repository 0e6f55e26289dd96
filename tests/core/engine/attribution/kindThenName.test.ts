import { expect, test } from 'vitest';
import { kindThenName } from '../../../../src/core/engine/attribution/kindThenName';
import { analyze, attribution } from './helpers';

// kindThenName.ts: "The newspaper Infobae [es] reported" is Infobae's. Global Voices, May 2012 (development half).

const nameOf = (rest: string) => {
  const found = kindThenName(rest);
  return found && rest.slice(found.start, found.end);
};

test("the name after a noun of an organisation's kind, with the short words a name may hold", () => {
  expect(nameOf('The newspaper Infobae [es] reported just after the law was passed:')).toBe('Infobae');
  expect(nameOf('the news agency Telam [es] tells of Susana')).toBe('Telam');
  expect(nameOf('The newspaper Notes from the Cuban Exile Quarter reported')).toBe('Notes from the Cuban Exile Quarter');
  expect(nameOf('The journalist Rodrigo Vianna says')).toBeNull();
  expect(nameOf('The newspaper reported')).toBeNull();
});

test('"The newspaper Infobae [es] reported just after the law was passed:" gives the block after it to Infobae', () => {
  const article = analyze(
    'Argentina: Death with Dignity Law Approved',
    'The newspaper Infobae [es] reported just after the law was passed:',
    'Tras más de cuatro horas de debate, el Senado convirtió en ley por 55 votos a favor el proyecto de muerte digna que reconoce el derecho de los pacientes "a aceptar o rechazar determinadas terapias o procedimientos médicos o biológicos con o sin expresión de causa, así como también a revocar posteriormente su manifestación de voluntad".',
  );
  expect(attribution(article, 'Tras más de cuatro horas de debate')).toMatchObject({ kind: 'direct', speaker: 'Infobae' });
});

// wikinews-noise-fockers-weekend-box-office-2005-01-07 (development half, public domain), verbatim.
test('"According to web site RottenTomatoes.com, 87 percent of film critics …" is RottenTomatoes.com\'s: "web site" is a kind noun', () => {
  const article = analyze(
    "'Noise' takes on 'Fockers' in weekend box office race",
    "Garner's not alone in panning the film. According to web site RottenTomatoes.com, 87 percent of film critics in its survey have given the film a bad review.",
  );
  expect(attribution(article, '87 percent of film critics')).toMatchObject({ kind: 'reported', speaker: 'RottenTomatoes.com' });
  expect(nameOf('web site RottenTomatoes.com, 87 percent')).toBe('RottenTomatoes.com');
});
