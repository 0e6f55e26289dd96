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

// Wikinews, "Magnitude 6 earthquake rocks eastern Turkey", 2010-03-08 (CC BY 2.5), a fresh page of session 49.
test('"According to local Kandilli observatory": a name no one was found in, then its kind noun, is that body', () => {
  const article = analyze(
    'Magnitude 6 earthquake rocks eastern Turkey',
    'A 6.0-magnitude earthquake struck Basyurt, in the Elazig province or eastern Turkey at 04:32 AM (02:32 GMT) on Monday. According to local Kandilli observatory, the quake struck at a depth of five kilometres; the epicenter was near Karakocan town in the same province.',
  );
  expect(attribution(article, 'the quake struck at a depth of five kilometres')).toMatchObject({ kind: 'reported', speaker: 'Kandilli observatory' });
});

// gv-cuba-bloggers-offended-archbishop-2012-05-02 (Global Voices, CC BY 3.0, development half).
test('"The blog" is a blog the text named before, not a body called "The"', () => {
  const article = analyze(
    'Cuba: Bloggers offended by archbishop',
    'The blog then linked to a mainstream media article in which some of the protesters were interviewed and denied that they had criminal records.',
  );
  expect(attribution(article, 'they had criminal records').speaker).not.toBe('The blog');
});
