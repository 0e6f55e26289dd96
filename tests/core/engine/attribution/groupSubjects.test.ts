import { describe, expect, test } from 'vitest';
import { groupEnding } from '../../../../src/core/engine/attribution/groupSubjects';

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
