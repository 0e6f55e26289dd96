import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/taggedTitle.ts: a blog's or paper's title as written, tagged with its post's language, names the source of a
// colon cue where the name pass found no one. Paragraphs verbatim from the development half of tests/fixtures/real
// (gv-panama-may-day-protests-and-work-2012-05-02, Global Voices, CC BY 3.0).

const PANAMA = 'Panama Commemorates May 1 with Protests and Work';

describe('a tagged title in a colon cue', () => {
  test('"Kaos en la red[es] indicates that …:" is the blog\'s, its reported clause and the block after it', () => {
    const article = analyze(
      PANAMA,
      'Several labour unions were outraged because they consider the date to be a symbol of their rights, earned by the working class throughout history. Kaos en la red[es] indicates that the change of the date is seen as an insult by many:',
      'Como un insulto y una burla a la clase obrera, se interpreta la imposición del lunes 30 de abril como día puente por el 1º de Mayo.',
    );
    expect(attribution(article, 'Como un insulto').speaker).toBe('Kaos en la red');
    expect(attribution(article, 'the change of the date is seen').speaker).toBe('Kaos en la red');
  });

  test('"The Panamanian newspaper, El Panamá América [es] writes:" is the paper\'s', () => {
    const article = analyze(
      PANAMA,
      'The reason for this change in date was to grant the people a long weekend as well as to encourage tourism within the country. The Panamanian newspaper, El Panamá América [es] writes:',
      'Un comunicado de la Presidencia, señala que la oportunidad es propicia para que se traslade el día de descanso y se favorezca el desarrollo del turismo interno a nivel nacional y la convivencia familiar.',
    );
    expect(attribution(article, 'Un comunicado de la Presidencia').speaker).toBe('El Panamá América');
  });

  test('"…, explained La opinión Panamá [es]:" after its verb is the paper\'s', () => {
    const article = analyze(
      PANAMA,
      'Nevertheless, the various labour unions decided they would still carry out the marches and activities that they had planned, explained La opinión Panamá [es]:',
      'Los dirigentes sindicalistas manifestaron que pese al día puente decretado por el Gobierno, realizarán hoy martes las distintas actividades.',
    );
    expect(attribution(article, 'Los dirigentes sindicalistas').speaker).toBe('La opinión Panamá');
  });
});
