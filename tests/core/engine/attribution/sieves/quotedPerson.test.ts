import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/quotedPerson.ts: a colon sentence whose writer or paper quotes someone sets off the words of the one quoted.
// Sentences from Global Voices posts of May 2012 that are not in the corpus (WordPress export, CC BY 3.0).

test("'Njeri quotes Kenyan actor Anthony Mwangi, who plays Kenneth …:' sets off the actor's words, not the blogger's", () => {
  // Global Voices draft post 314826 ("Kenya: Sexy New Series Gets Young People Thinking").
  const article = analyze(
    'Kenya: Sexy New Series Gets Young People Thinking',
    'Blogger Lydia Njeri believes the show can only force the youth to face some hard truths.',
    'Njeri  quotes Kenyan actor Anthony Mwangi, who plays Kenneth in the series:',
    'At first I was just acting out my part, but it reached a point [when] I stopped being Kenneth the actor and become Antony, as it got me seriously thinking about my own life.',
  );
  expect(attribution(article, 'At first I was just acting').speaker).toBe('Anthony Mwangi');
});

test("'The newspaper quotes Mary Phiri-Tembo, who represents …:' gives the quote to her, as a paper's name before it does not", () => {
  // Global Voices draft post 314826; the paper's name is put at the head of the sentence to show it is not the speaker.
  const paragraphs = [
    "Zambia's Saturday Post  reports that the series is being screened for free so as to reach as many people as possible. The newspaper quotes Mary Phiri-Tembo, who represents the 'Staying Alive' campaign's management:",
    '"The film resonates with young people. The main aim is to increase knowledge and start a debate about HIV among young people so that they don\'t get infected."',
  ];
  const article = analyze('Kenya: Sexy New Series Gets Young People Thinking', ...paragraphs);
  expect(attribution(article, 'The film resonates').speaker).toBe('Mary Phiri-Tembo');
  const named = analyze(
    'Kenya',
    'The Daily Post quotes Mary Phiri-Tembo, who represents the campaign:',
    'The film resonates with young people and we hope they watch it.',
  );
  expect(attribution(named, 'The film resonates').speaker).toBe('Mary Phiri-Tembo');
});

test("'… quoted from the April 28 Der Spiegel interview [en] with boxer and politician Vitali Klitschko, who …:' is Klitschko's", () => {
  // Global Voices, "Ukraine: Yulia Tymoshenko's Plight and Euro 2012", 17 May 2012.
  const article = analyze(
    "Ukraine: Yulia Tymoshenko's Plight and Euro 2012",
    'Odessablogger - who believes that "the football is the wrong stick to hit Ukraine with given the need for EU personalities to interact directly with the Ukrainian people" - recounted some of the examples of sports and politics "colliding" in the past, and quoted from the April 28 Der Spiegel interview [en] with boxer and politician Vitali Klitschko, who opposes the boycott of Euro 2012:',
    '"[...] This tournament is the biggest sporting event in the history of Ukraine. It has to happen. It is even an excellent opportunity to draw the world’s attention to the maladministration in our country. [...]"',
  );
  expect(attribution(article, '[...] This tournament').speaker).toBe('Vitali Klitschko');
});

test('two people quoted, or words only quoted in a paper, leave the block to no one of them', () => {
  const two = analyze('Kenya', 'The newspaper quotes Mary Phiri-Tembo and John Banda:', 'The film resonates with young people and we hope they watch it.');
  expect(quotesOf(two).map((q) => q.speakerId)).not.toContain('john-banda');
  expect(quotesOf(two).map((q) => q.speakerId)).not.toContain('mary-phiri-tembo');
  const where = analyze(
    'Taiwan',
    'The Taiwan Environmental Protection Union [zh] is optimistic about the nuclear-free movement in Japan, as quoted in Coolloud.org:',
    'Japan has shown that a country can run without nuclear power for a whole summer.',
  );
  expect(attribution(where, 'Japan has shown').speaker).not.toBe('Coolloud.org');
});

// Lane break35: wire-style lead-ins (constructed in the shape of the Global Voices ones above) where the named person is
// only tied to the one quoted; the block had gone to the person named.
test("'The newspaper quotes a spokesman for President Obama:' gives the block to no one, never to Obama", () => {
  const forWhom = analyze('Cables', 'The newspaper quotes a spokesman for President Obama:', '"We will not comment on the leaked cables."');
  expect(attribution(forWhom, 'We will not comment').speaker).toBeNull();
  const friend = analyze('Florida', 'The daily quotes a friend of Trayvon Martin:', '"He said a man was following him."');
  expect(attribution(friend, 'He said a man').speaker).toBeNull();
  const witness = analyze('Tashkent', 'The agency quotes a witness who saw Rustam Karimov:', '"He looked tired and did not speak."');
  expect(attribution(witness, 'He looked tired').speaker).toBeNull();
});
