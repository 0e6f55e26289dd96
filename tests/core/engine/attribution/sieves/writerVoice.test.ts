import { expect, test } from 'vitest';
import { reportsStatement } from '../../../../../src/core/engine/attribution/sieves/writerVoice';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/writerVoice.ts: where a block quotation in the third person stops and the writer speaks again. A news
// statement from English Wikinews (Scientology, development half), blog posts from Global Voices (development half).

const CHURCH_CUE = 'In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:';
const CHURCH_STATEMENT = "She certainly wasn't 'forced' to be there. She was also never forced to perform labour in the engine room.";
// The first and last sentences of the writer's paragraph: the one between ("which the Church describes as …") names a speaker.
const WRITER_AFTER_STATEMENT =
  "In 2007, Paris left the ship after a confrontation with the ship's management. Here, she met her future husband and subsequently left the church.";
const NEXT_CUE = "There has been skepticism among academics and the protesters themselves about the sincerity and effects of the bill's withdrawal:";

test("the writer's paragraph after a news statement is not the statement's, though the writer's next colon cue follows it", () => {
  const article = analyze(
    'Australian woman claims Church of Scientology imprisoned her for twelve years',
    CHURCH_CUE,
    CHURCH_STATEMENT,
    WRITER_AFTER_STATEMENT,
    NEXT_CUE,
    '"She\'s just doing this to try and disintegrate the movement. A lot of people think that," said a protester using the pseudonym Katya.',
  );
  expect(attribution(article, CHURCH_STATEMENT).speaker).toBe('Church of Scientology');
  expect(quotesOf(article).some((q) => q.text.startsWith('In 2007, Paris left the ship'))).toBe(false);
});

test('a statement as news reports one is told from a blog post a round-up presents', () => {
  expect(reportsStatement(CHURCH_CUE)).toBe(true);
  expect(reportsStatement('Local administrator Mapendo Victorine said in an email she is very concerned about this "criminal" act:')).toBe(true);
  expect(reportsStatement("For instance in her post about Banda's view on Malawi hosting African Union Summit, Rebecca remains factual:")).toBe(false);
  expect(
    reportsStatement(
      "So why aren't Cubans having more babies? This post offered some insight. Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:",
    ),
  ).toBe(false);
});

test('a blog post\'s paragraphs dated by its author ("Today,", "As of yesterday, however,") run on to the writer\'s next colon cue', () => {
  const article = analyze(
    'Middle East: Bloggers React to Obama’s Cairo Speech',
    'In Israel, writing at South Jerusalem Gresghom Gorenberg notes how the speech has changed history:',
    'Barack Obama likes to change what history means, and that’s a very good thing.',
    'Today, for instance, marks 42 years since the Six-Day War began. Ever since then, the term “June 4 lines” has referred to the on-the-ground border between Israel and its Arab neighbors on the eve of the war - not the lines marked on maps, but the lines marked by forward military positions. On the Syrian front, for instance, the actual positions lined up with neither the pre-1948 international border between Palestine and Syria, nor with the 1949 armistice agreements. The small distances on the ground make for big problems in peace negotiations.',
    'As of yesterday, however, June 4 means something entirely different. It now refers to the day on which Barack Obama chose to speak in Cairo. “June 4 lines” henceforth mean the line of thinking that the president laid out for reconciliation between the U.S. and the Muslim world, and along the way, between Israel and the Palestinians.',
    'On the speech, Gorenberg writes:',
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts.some((t) => t.startsWith('Today, for instance, marks 42 years'))).toBe(true);
  expect(texts.some((t) => t.startsWith('As of yesterday, however, June 4 means'))).toBe(true);
});

test("a paragraph opening with the time the writer sets an event at is the writer's, after a blog post too", () => {
  const article = analyze(
    'Cuba: May Day Parades',
    'Bad Handwriting finds the whole thing "surreal":',
    "In Cuba, where workers are being subjected to 'downsizing', where the uncertainty about their place of employment, and the uncertainty of non-living wage are fundamental concerns, the first of May is celebrated with massive parades in all provinces.",
    WRITER_AFTER_STATEMENT,
    'Finally, Through the Eye of the Needle calls this year\'s anniversary "an odd May Day":',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('In 2007, Paris left the ship'))).toBe(false);
});

test.each([
  // A connective (Global Voices, the Brazilian Supreme Court's quota ruling).
  'However, not everyone agrees with the decision of the Supreme Court.',
  // An organisation's kind noun (English Wikinews, a Hungarian firm's takeover).
  'The company structure remains unchanged and all sites continue to operate, but Hungarian engineers are to join the research and development team.',
])("a writer's paragraph opening with a connective or an organisation's kind noun is not a blog post's going on: %s", (writer) => {
  const article = analyze(
    'Cuba: May Day Parades',
    'Bad Handwriting finds the whole thing "surreal":',
    "In Cuba, where workers are being subjected to 'downsizing', where the uncertainty about their place of employment, and the uncertainty of non-living wage are fundamental concerns, the first of May is celebrated with massive parades in all provinces.",
    writer,
    'Finally, Through the Eye of the Needle calls this year\'s anniversary "an odd May Day":',
  );
  expect(quotesOf(article).map((q) => q.text)).not.toContain(writer);
});
