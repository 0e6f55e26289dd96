import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/asPutIt.ts: an aside "as X put it" next to a quote says whose words they are.

// US Supreme Court overturns fraud convictions in Kelly v. United States (fresh Wikinews page, CC BY 2.5; not in the corpus).
test('traffic "ground to a halt" — as the Supreme Court decision put it — is the court\'s', () => {
  const article = analyze(
    'US Supreme Court overturns fraud convictions in Kelly v. United States',
    'Yesterday, the United States Supreme Court overturned the criminal convictions of Bridget Anne Kelly and William Baroni.',
    'In September 2013, for four days, traffic "ground to a halt" — as the Supreme Court decision put it — at part of the George Washington Bridge, an entryway into Manhattan.',
  );
  expect(attribution(article, 'ground to a halt')).toMatchObject({
    kind: 'direct',
    speaker: 'US Supreme Court',
    cue: 'as the Supreme Court decision put it',
  });
});

test('"as X put it" before the mark gives the quote after it to X; a subject the text names no one for gives nothing', () => {
  const article = analyze(
    'Bridge plan',
    'John Smith spoke on Monday. The plan was, as Smith put it, "a total disaster for the city".',
    'The bridge was, as one commuter put it, "a parking lot".',
  );
  expect(attribution(article, 'a total disaster for the city')).toMatchObject({ speaker: 'John Smith', cue: 'as Smith put it' });
  expect(quotesOf(article).find((q) => q.text === 'a parking lot')?.speakerId ?? null).toBeNull();
});

// usgov-gsa-medium-federal-terms-of-service-2015-07-17 (DigitalGov, public domain; the session 54 held-out batch).
const MEDIUM = 'Is It Time to Try Medium? New Federal-Friendly Terms of Service';
const ARRIENS =
  'If Medium is a “place to tell stories” it makes sense to prioritize narrative content. At Labor, content is selected for publishing on Medium based on its storytelling quality—in terms of both text and images. Some agencies focus on feature article and special reports (“things you’ve already worked hard on” as the National Science Foundation’s Jessica Arriens says) while others post more frequently and with looser criteria.';

test('a partial quote in parentheses, then "as X says" inside them, is X’s', () => {
  const article = analyze(MEDIUM, ARRIENS);
  expect(attribution(article, 'things you’ve already worked hard on')).toMatchObject({
    kind: 'direct',
    speaker: 'Jessica Arriens',
    cue: 'as the National Science Foundation’s Jessica Arriens says',
  });
});

test('"as X said" that goes on with more words tells of a time, and gives the quote to no one', () => {
  const article = analyze('Bridge plan', 'John Smith spoke on Monday. The crowd kept chanting “stop the bridge now” as Smith said goodbye to the mayor.');
  expect(quotesOf(article).find((q) => q.text === 'stop the bridge now')?.speakerId ?? null).toBeNull();
});

// usgov-gsa-18f-uk-digital-service-visit-2015-12-22 (18F, public domain; the session 56 held-out batch).
test('"as X, his role, recently put it," before the mark gives the quote to X; "as X recently did," tells no words', () => {
  const article = analyze(
    'What we learned from our visit to the UK’s Government Digital Service',
    'Or as Chris Ferguson, Director of GDS’s digital group, recently put it, “Get on with it and demonstrate that you are there to get things done.”',
  );
  expect(attribution(article, 'Get on with it')).toMatchObject({
    kind: 'direct',
    speaker: 'Chris Ferguson',
    cue: 'as Chris Ferguson, Director of GDS’s digital group, recently put it',
  });
  const acted = analyze(
    'What we learned from our visit to the UK’s Government Digital Service',
    'We met Chris Ferguson on Monday. Or as a team, the digital group recently did, “Get on with it and demonstrate that you are there to get things done.”',
  );
  expect(attribution(acted, 'Get on with it').speaker).toBeNull();
});
