import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// The lead-in and the post of gv-nigeria-rashidi-yekini-obituary-2012-05-08.
const POST =
  "He scored Nigeria's first ever goal at the World Cup, against Bulgaria at USA '94, and led the way as they won the Africa Cup of Nations in the same year.";

test('a site that speaks in a post named in an aside is the speaker of the block quotation after it (gv-nigeria-rashidi-yekini-obituary-2012-05-08)', () => {
  const article = analyze(
    'Nigeria: R.I.P. Rashidi Yekini – African Football Legend',
    'Towards the end of last week, Africa lost one of its biggest scoring heroes in football - Rashidi Yekini.',
    'Optimum Sports, in a very detailed post titled "Rashidi Yekini 1963-2012" said:',
    POST,
  );
  expect(attribution(article, 'He scored Nigeria').speaker).toBe('Optimum Sports');
});

test('a site whose post quotes someone else gives the block quotation to no one it names as speaker', () => {
  const article = analyze(
    'Nigeria: R.I.P. Rashidi Yekini – African Football Legend',
    'Optimum Sports, in a very detailed post titled "Rashidi Yekini 1963-2012" quoted his former coach:',
    POST,
  );
  const site = article.entities.find((entity) => entity.name === 'Optimum Sports');
  expect(quotesOf(article).filter((quote) => site && quote.speakerId === site.id)).toEqual([]);
});

test('"They went on to add:" after the site\'s post and a photo caption goes on with the site (gv-nigeria-rashidi-yekini-obituary-2012-05-08)', () => {
  const article = analyze(
    'Nigeria: R.I.P. Rashidi Yekini – African Football Legend',
    'Optimum Sports, in a very detailed post titled "Rashidi Yekini 1963-2012" said:',
    POST,
    "Rashidi Yekini - Nigeria's soccer legend. Photo source goal.com.",
    'They went on to add:',
    "He is Nigeria's top international scorer, with 37 goals from 58 games.",
  );
  expect(attribution(article, "He is Nigeria's top").speaker).toBe('Optimum Sports');
});

test('"They went on to add:" after a person\'s block quotation gives the words to no one', () => {
  const article = analyze(
    'Nigeria: R.I.P. Rashidi Yekini – African Football Legend',
    'Former goalkeeper Ike Shorunmu said:',
    POST,
    'They went on to add:',
    "He is Nigeria's top international scorer, with 37 goals from 58 games.",
  );
  expect(attribution(article, "He is Nigeria's top").speaker).toBeNull();
});
