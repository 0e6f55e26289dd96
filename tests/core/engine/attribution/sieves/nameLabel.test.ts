import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/nameLabel.ts: a thread printed one message at a time under its writer's name alone in a paragraph (Global
// Voices, "Russia: Tolstoy's 'War and Peace' Legacy Today", 2012-05-04, development half).

const TOLSTOY = "Russia: Tolstoy's 'War and Peace' Legacy Today";
const DEBATE =
  "Recently, two RuNet Twitter users debated whether or not the common translation, 'War and Peace,' is what Tolstoy intended, rather than 'War and the World.'";

describe('a message under its writer’s name alone in a paragraph', () => {
  const article = analyze(
    TOLSTOY,
    DEBATE,
    'Evgeny:',
    'Вчера узнал, что слово "мир" в "Война и мир" Толстого имеет значение "сообщество"',
    'Yesterday I learned that the word "mir" in Tolstoy\'s "Voina i mir" carries the meaning "the world," not "peace."',
    'Sergei:',
    'А я не согласен. Я считаю, что он сравнивал их. Ведь у него через том описывается то война, то мир.',
    'I disagree. My reading is that he was contrasting [war and peace]. Why, he writes about war and about peace throughout the book.',
    'Evgeny:',
    'Добавь к моему мессаджу "мне кажется"))',
    'Well, add a postscript that this is my personal opinion. :)',
  );

  test('the message and its translation are the writer’s the label names, cue the label', () => {
    expect(attribution(article, 'Вчера узнал')).toMatchObject({ kind: 'direct', speaker: 'Evgeny', cue: 'Evgeny' });
    expect(attribution(article, 'Yesterday I learned that the word')).toMatchObject({ kind: 'direct', speaker: 'Evgeny' });
    expect(attribution(article, 'I disagree. My reading')).toMatchObject({ kind: 'direct', speaker: 'Sergei', cue: 'Sergei' });
    expect(attribution(article, 'Well, add a postscript')).toMatchObject({ kind: 'direct', speaker: 'Evgeny' });
  });

  test('a writer labelled twice is one person', () => {
    expect(article.entities.filter((e) => e.name === 'Evgeny')).toHaveLength(1);
    expect(article.entities.find((e) => e.name === 'Sergei')?.type).toBe('person');
  });
});

describe('a label alone that names no one', () => {
  test('a heading of common words before a colon gives the paragraph after it to no one', () => {
    const article = analyze(
      TOLSTOY,
      "The title 'War and Peace' is written in Russian as 'Вoйнá и мир' (Voina i mir).",
      'Translation:',
      'Yesterday I learned that the word "mir" carries the meaning "the world," not "peace."',
    );
    expect(quotesOf(article).every((q) => q.speakerId === null)).toBe(true);
  });
});

// Global Voices, "South Africa: The Spear Painting", 2012-05-22 (development half): a comment thread's writers by their
// screen names.
describe('a screen name opening a colon cue', () => {
  const SPEAR = 'South Africa: Outrage over "The Spear" Painting';
  const RICKY =
    'Ma-K, if you look at some of the most famous works of art from the Greeks, you will find that depicting the naked body was seen as a celebration of the human form.';

  test('a commenter named by a screen name speaks the block after the colon, never a name the sentence mentions', () => {
    const article = analyze(
      SPEAR,
      RICKY,
      "Ma-K disagrees with Ricky's observations:",
      'We are not Greek or in anyway European, we don’t appreciate the same kind of art. As Africans, such Art is disrespectful to us.',
    );
    expect(attribution(article, 'We are not Greek')).toMatchObject({ kind: 'direct', speaker: 'Ma-K', cue: "Ma-K disagrees with Ricky's observations:" });
  });

  test('a capitalised word joined to a longer one is no screen name', () => {
    const article = analyze(
      SPEAR,
      'Pro-Zuma marchers gathered outside the gallery:',
      'We are not Greek or in anyway European, we don’t appreciate the same kind of art.',
    );
    expect(quotesOf(article).every((q) => article.entities.find((e) => e.id === q.speakerId)?.name !== 'Pro-Zuma')).toBe(true);
  });
});

// gv-russia-nhl-stars-world-hockey-championship-2012-05-17 (development half): a thread of labelled comments, the
// first label a person the name pass knows, the later two full names it does not.
const THREAD = [
  'Most bloggers framed the story as a homecoming for Ovechkin and Semin, while some Twitter users indicated their familiarity with mainstream journalism, such as Sport.rbc and Lenta.ru.',
  'Lisbeth Armel:',
  "Прочитала, что овечкин любит хип-хоп и r'n'b. представила. 5 минут сидела с фейспалмом.",
  'I read that Ovechkin likes Hip Hop and R&B. I sat down and thought about it. For five minutes I just facepalmed.',
  'Sanya Belovka:',
  'Овечкина и Семина Ждем с нетерпением....В россии....2-1 Вашингтон домои)!!!А Овечкин В ШВЕЦИЮ!!!!',
  "We're anxiously waiting for Ovechkin and Semin….[to be] in Russia [again]…..[He lost] 2-1 to Washington, and now he's homeward-bound.) !!! But [it turns out] Ovechkin is headed for Sweden!!!!",
];

test("'Sanya Belovka:' after 'Lisbeth Armel:' in the same thread labels Sanya Belovka's comment and its translation", () => {
  const article = analyze('Russia: NHL Stars Join the World Hockey Championship', ...THREAD);
  expect(attribution(article, 'Овечкина и Семина Жд').speaker).toBe('Sanya Belovka');
  expect(attribution(article, "We're anxiously wait").speaker).toBe('Sanya Belovka');
});

test('a full-name label with no person labelled near it is no one', () => {
  // Near miss: the same label alone, under a heading of the writer's, has no thread of commenters around it.
  const article = analyze(
    'Russia: NHL Stars Join the World Hockey Championship',
    'Most bloggers framed the story as a homecoming for Ovechkin and Semin, while some Twitter users indicated their familiarity with mainstream journalism, such as Sport.rbc and Lenta.ru.',
    'Sanya Belovka:',
    "We're anxiously waiting for Ovechkin and Semin….[to be] in Russia [again]…..[He lost] 2-1 to Washington, and now he's homeward-bound.) !!! But [it turns out] Ovechkin is headed for Sweden!!!!",
  );
  expect(quotesOf(article).map((q) => article.entities.find((x) => x.id === q.speakerId)?.name)).not.toContain('Sanya Belovka');
});
