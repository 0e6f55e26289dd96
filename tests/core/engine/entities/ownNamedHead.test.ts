import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../attribution/helpers';

// ownNamedHead.ts: "the <modifier> Council", its head capitalised as a name's, is another body than an organisation
// named before that shares only the head. Global Voices (CC BY 3.0): gv-guatemala-state-of-siege-barillas-hydroelectric-
// 2012-05-08, held out in session 54.

const HEADLINE = 'Guatemala: State of Siege in Barillas After Protests Against Hydroelectric Plant';
const COCODE =
  'The entire community [es], through their legitimate representatives in each and every Community Development Council (COCODE), have opposed the hydroelectric plant, asserting that it will seriously harm the Cambalan river environment.';
const BLOG =
  "Through its blog, the peoples' Council demanded [es] the release of the arrested community leaders and condemned the President's declarations claiming that the protests were linked to drug dealers and organized crime.";

describe('a council with a modifier of its own', () => {
  test('"the peoples\' Council demanded" is not the Community Development Council named before', () => {
    const article = analyze(HEADLINE, COCODE, BLOG);
    expect(attribution(article, 'the release of the arrested community leaders').speaker).not.toBe('Community Development Council');
    expect(attribution(article, "the President's declarations").speaker).not.toBe('Community Development Council');
  });

  test('"the Council demanded", the head alone, still refers back to the Community Development Council', () => {
    const article = analyze(HEADLINE, COCODE, BLOG.replace("the peoples' Council", 'the Council'));
    expect(attribution(article, 'the release of the arrested community leaders').speaker).toBe('Community Development Council');
  });

  test('"the development Council", with a word of its name, still refers back to it', () => {
    const article = analyze(HEADLINE, COCODE, BLOG.replace("the peoples' Council", 'the development Council'));
    expect(attribution(article, 'the release of the arrested community leaders').speaker).toBe('Community Development Council');
  });
});
