import { describe, expect, test } from 'vitest';
import { groupEnding, sourcesInBody } from '../../../../src/core/engine/attribution/groupSubjects';
import { analyze, attribution } from './helpers';

// groupSubjects.ts: unnamed groups ending a cue's subject, which leave the quote unattributed.

describe('unnamed groups before a cue verb', () => {
  test.each([
    ['Council officials', 'Council officials'],
    ['On Monday, senior officials', 'senior officials'],
    ['the Harbour officials', 'officials'],
    ['Riot police', 'police'],
  ])('"%s" ends with the group "%s"', (before, group) => {
    expect(groupEnding(before)).toBe(group);
  });

  test.each(['John Smith', 'the minister', 'officials of the ministry'])('"%s" ends with no group', (before) => {
    expect(groupEnding(before)).toBeNull();
  });
});

describe('unnamed sources inside a body', () => {
  // VOA (public domain), development half.
  test('"…, sources in the civic organization said" is the sources\' word, unattributed, not the organisation\'s', () => {
    const article = analyze(
      'Zimbabwe Police Shut Down Office Of Harare Residents Association',
      'Zimbabwean security officials on Friday shut down the offices of the Combined Harare Residents Association, sources in the civic organization said.',
    );
    expect(attribution(article, 'Zimbabwean security officials on Friday')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // Fresh Wikinews page (2019-01-24, Maidan Shar car bomb): the source speaks against the ministry's own line.
  test('"A source within the central Interior Ministry reportedly said “…”" is the unnamed source\'s, not the ministry\'s', () => {
    const article = analyze(
      'Car bomb ramming attack kills dozens at military base in Maidan Shar, Afghanistan',
      'A source within the central Interior Ministry reportedly said "I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]"',
    );
    expect(attribution(article, 'I have been told not to make')).toMatchObject({ kind: 'direct', speaker: null });
  });

  test.each([
    ['sources in the civic organization', 0],
    ['On Friday, sources close to the talks', 11],
    ['A source within the central Interior Ministry', 0],
    ['On Friday, one senior source close to the talks', 11],
  ])('"%s" ends with sources from %i', (before, start) => {
    expect(sourcesInBody(before)).toBe(start);
  });

  test.each(['giving people in 15 states', 'a spokesman for the ministry'])('"%s" ends with none', (before) => {
    expect(sourcesInBody(before)).toBeNull();
  });
});
