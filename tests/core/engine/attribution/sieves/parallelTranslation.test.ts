import { describe, expect, test } from 'vitest';
import { parallelTranslation } from '../../../../../src/core/engine/attribution/sieves/parallelTranslation';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/parallelTranslation.ts: a block quotation in another language over several paragraphs, then its English
// paragraph by paragraph, is the colon cue's whole.

// Global Voices, gv-mexico-carlos-fuentes-tributes (development half): a post in Spanish over three paragraphs, then its
// English paragraph by paragraph.
describe('a block quotation in another language over several paragraphs, then its translation', () => {
  const CUE = "Rafa García from Fayerwayer mentioned the trending topics related [es] to the author's passing:";
  const ORIGINAL = [
    'El autor de novelas como Aura, La Muerte de Artemio Cruz, Agua quemada, La silla del Águila, Gringo y La Región más Transparente, Carlos Fuentes, muerió hoy a los 83 años de edad en la Ciudad de México.',
    'La noticia recorrió de inmediato todos medios de comunicación y las redes sociales, particularmente en Twitter donde su nombre Carlos Fuentes y el #todoscomocarlos se convirtieron en tema tendencia.',
    'Q.E.P.D.',
  ];
  const ENGLISH = [
    'The author of novels such as Aura, The Death of Artemio Cruz, Burned Water, The Chair of the Eagle, Gringo and The Most Transparent Region, Carlos Fuentes, died today at 83 years of age in Mexico City.',
    'The news swept away all media and social networks, especially on Twitter where his name Carlos Fuentes and #todoscomocarlos ("Everyone like Carlos") became trending topics.',
    'RIP',
  ];
  const WRITER = 'Writers and other public figures used Twitter to express their sadness and pay homage to Carlos Fuentes.';

  test('every paragraph of the original and of its translation is the post’s, the short lines too', () => {
    const article = analyze('Mexico: Tributes to Carlos Fuentes', CUE, ...ORIGINAL, ...ENGLISH, WRITER);
    for (const paragraph of [...ORIGINAL, ...ENGLISH])
      // The lead-in reports what was mentioned, so its own cue (the subject and verb) is the block's too.
      expect(attribution(article, paragraph.slice(0, 20))).toMatchObject({
        kind: 'direct',
        speaker: 'Rafa García',
        cue: 'Rafa García from Fayerwayer mentioned',
      });
    expect(quotesOf(article).some((q) => q.text.startsWith('Writers and other'))).toBe(false);
  });

  test('the paragraphs pair place by place, or the run is none', () => {
    expect(parallelTranslation([...ORIGINAL, ...ENGLISH, WRITER])).toBe(5);
    expect(parallelTranslation([...ORIGINAL.slice(0, 2), ...ENGLISH.slice(0, 2)])).toBe(3);
    // English after the original that does not match its paragraphs' lengths is the writer's.
    expect(parallelTranslation([...ORIGINAL, WRITER, ENGLISH[1] ?? '', 'RIP'])).toBe(0);
    expect(parallelTranslation([...ENGLISH, ...ORIGINAL])).toBe(0);
  });
});

// Global Voices, "Brazil: Air France Crash…" (post 78038, June 2009, CC BY 3.0), in neither half of tests/fixtures/real.
test('five paragraphs of Portuguese and their five of English make one run', () => {
  const portuguese = [
    'Os experts de plantão já estão desfilando as baboseiras nas Tvs.',
    'Falam e falam sobre o que ainda não passa de especulações, até Raios são culpados pela queda do AirBus da Air France !',
    'É prematuro qualquer indicação sobre o acidente até que as equipes consigam, primeiro localizar os destroços do avião, depois a Caixa Preta, com o Data Recorder e o Voice Recorder, mas, como dá audiência levar para a Tv um bando de especialistas natos em acidentes aéreos, o que se pode fazer!',
    'Ouvir um Chamar o avião da Air France de Boeing A 330, outro dizer que o Atlântico é o lugar mais seguro do sistema solar , depois outro que afirma categoricamente que um raio derrubou o avião!',
    'A Verdade é que ninguém sabe ainda o que aconteceu, aonde aconteceu e como aconteceu, mas muitos especialistas deveriam saber que um acidente aéreo não ocorre apenas por uma só causa, e sim por mais fatores que desencadeam um acidente',
  ];
  const english = [
    'The round the clock experts have already been talking a lot of rubbish on TV.',
    'They have talked and talked about things that are just speculation. Even lightning has been blamed for the Air France plane crashing!',
    'It’s too early to indicate anything about the accident until the rescue groups can first find the aircraft debris, and the black-box, with the data and voice recorders. But as bringing a bunch of naturally-born-specialists to TV attracts a large audience, what can be done!',
    'I have heard one of them calling the Air France aircraft a Boeing A330, another one saying that the Atlantic Ocean is the safest place in the solar system, and then, another one emphatically affirming that lightning knocked the aircraft down!',
    'The truth is that nobody knows what has happened, where it has happened and how it has happened, but many specialists should know that an air accident doesn’t happen for just one reason, but because of a series of factors which cause an accident.',
  ];
  expect(parallelTranslation([...portuguese, ...english])).toBe(9);
});

test("three Cantonese lines and their English, five times as long, are all the commenter's", () => {
  const article = analyze(
    'Hong Kong: Evangelists Protest Against Lady Gaga Concerts',
    'Vita Lam criticized the right wing for spreading hatred [zh]:',
    '基督徒表達對信仰的立場 令到小數族群飽受歧視 公平嗎.',
    '假設所有人針對基督來打壓 你們會怎樣想',
    '與其說神愛世人 不如說是宗教挑起仇恨比較貼切',
    'Is it fair for the Christian to impose discrimination against the social minority when expressing their belief?',
    'If all other people are attacking Christian beliefs, how would you react?',
    'God loves everyone in this world, but in reality, it is more accurate to say that religion has instigated hatred.',
  );
  for (const start of ['Is it fair', 'If all other people', 'God loves everyone']) expect(attribution(article, start).speaker).toBe('Vita Lam');
});
