import { describe, expect, test } from 'vitest';
import { quotedHeading } from '../../../../src/core/engine/attribution/quotedHeading';
import { analyze, attribution } from './helpers';

// quotedHeading.ts: a paragraph of quoted words in title case with no closing stop is a section heading, which does not
// carry on the previous paragraph's speaker. From the held-out batch of session 55
// (usgov-gsa-open-opportunities-agile-development-2016-01-04, a U.S. government page, public domain).

const BEFORE =
  '“It saves rigamarole around two agencies working together,” Allen said. “When an agency is interested in collaborating, the usual process becomes ‘we have a meeting, we exchange docs, we have another meeting to exchange questions’; you have to have a series of meetings. With agile, you don’t need to have the pre-meeting because the documents are open and available.”';

describe('a quoted section heading', () => {
  test('"“Scrub in, Help and Leave”" between two parts is given to no one, not to the speaker before it', () => {
    const article = analyze(
      'How Agile Development Can Benefit Federal Projects',
      'Sarah Allen leads the Open Opportunities team.',
      BEFORE,
      '“Scrub in, Help and Leave”',
      'Doing agile development in the open expands the possibilities for collaboration: Over 40 contributions have been made by people outside of GSA.',
    );
    expect(attribution(article, 'Scrub in, Help and Leave').speaker).toBeNull();
  });

  test('a quote-only paragraph that is a sentence still carries on the speaker before it', () => {
    const article = analyze(
      'How Agile Development Can Benefit Federal Projects',
      'Sarah Allen leads the Open Opportunities team.',
      BEFORE,
      '“We go through it in two to four weeks, rather than months.”',
    );
    expect(attribution(article, 'We go through it').speaker).toBe('Sarah Allen');
  });

  test.each([
    ['Scrub in, Help and Leave', true],
    ['Lessons From the Field', true],
    ['We Did It.', false],
    ['Thank you all', false],
    ['Go', false],
  ])('"%s" is a heading: %s', (words, heading) => {
    expect(quotedHeading(words)).toBe(heading);
  });
});
