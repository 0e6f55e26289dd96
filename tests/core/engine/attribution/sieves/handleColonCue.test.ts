import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/handleColonCue.ts: a colon cue naming a Twitter account by its handle in parentheses sets off that account's
// tweet. Paragraphs verbatim from the development half of tests/fixtures/real (Global Voices, CC BY 3.0).

const PANAMA = 'Panama Commemorates May 1 with Protests and Work';

describe('a handle in parentheses in a colon cue', () => {
  // gv-panama-may-day-protests-and-work-2012-05-02.
  test.each([
    [
      'Sthaisy Smith (@Staisy09) [es] considers it madness to have to work on a day that commemorates labour:',
      'Y ahora el 1 de mayo a trabajar q loco esta Panamá!!!',
      'Sthaisy Smith',
    ],
    [
      'Leilani Gonzalez (@Le1lani) [es] on the other hand sees it as something logical:',
      'Día del Trabajo, trabajando como una trabajadora!!! #Panamá',
      'Leilani Gonzalez',
    ],
    [
      'Agenda 507 (@agenda507) [es] wants to call attention to the fact that Labour Day is for everyone and not only for the groups of labour unions that went out to march on May 1:',
      '#FelizDiadelTrabajador ¡El 1 Mayo es de todos! No exclusivo de un grupo, es tmbn de quienes trabajan en casa, ofi, calle, salud, campo y +',
      '@agenda507',
    ],
  ])('"%s" sets off the account\'s tweet, given to the person the display name names, else to the handle', (cue, tweet, handle) => {
    const article = analyze(PANAMA, 'Netizens also participated in the celebration of Labour Day.', cue, tweet);
    expect(attribution(article, tweet.slice(0, 20)).speaker).toBe(handle);
  });

  test('"… coinciding with that of Tito Herrera (@TitoHerrera) [es]:" is the named person\'s tweet', () => {
    const article = analyze(
      PANAMA,
      'It was in this way that May 1 was celebrated in Panama; some persons with slogans and others gratefully turning up at work, their opinions clearly coinciding with that of Tito Herrera (@TitoHerrera) [es]:',
      'La mejor manera de celebrar el día del trabajo es... TRABAJANDO! Saludos a todos, Feliz día, sigamos trabajando por un mejor Panamá!',
    );
    // The gold names the account by the person and by the handle alike; which of the two the name pass keeps as the
    // entity's name depends on other passes, and either is the one who tweeted.
    expect(['Tito Herrera', '@TitoHerrera']).toContain(attribution(article, 'La mejor manera de celebrar').speaker);
  });

  // gv-colombia-may-day-nationwide-demonstrations-2012-05-07.
  test('a handle written with a space after its "@" ("Pacho (@ pachitoelche) [es] talks … and calls …:") still names the account', () => {
    const article = analyze(
      'Colombia: May Day Nationwide Demonstrations',
      'Pacho  (@ pachitoelche) [es] talks about the unrest [es] and calls for dignified work:',
      'Marcharon muchos en diferentes ciudades de Colombia también hubo disturbios. Yo marché por millones de personas q no tienen trabajo digno',
    );
    expect(attribution(article, 'Marcharon muchos').speaker).toBe('@ pachitoelche');
  });

  test('a handle after "to" names whom the words were addressed to, never their speaker', () => {
    const article = analyze(
      PANAMA,
      'Netizens also participated in the celebration of Labour Day. Sthaisy Smith replied to Agenda 507 (@agenda507) [es]:',
      'Now we have to work on May 1, how crazy is Panama!!!',
    );
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('@agenda507');
  });
});
