import { describe, expect, test } from 'vitest';
import { findDirectQuotes } from '../../../../src/core/engine/directQuotes';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import { explainingAside, namesSpeaker, onlyQuotes, titleOfWork } from '../../../../src/core/engine/attribution/paragraphShapes';

// paragraphShapes.ts: what a paragraph's shape tells before any cue is read.

/** The mentions of a paragraph read as the first after a headline (block 1). */
const mentionsOf = (text: string) => new MentionIndex(['Headline', text], findEntities(['Headline', text], 0));

describe('paragraph shapes', () => {
  test.each([
    ['“We are ready.”', true],
    ['"We are ready." "It took years."', true],
    ['"We are ready," she said.', false],
    ['“We are ready.', true],
  ])('%s holds nothing but quotes: %s', (text, only) => {
    expect(onlyQuotes(text, findDirectQuotes(text))).toBe(only);
  });

  test.each([
    ['The Quiet Orchard', true],
    ['The Color of Space.', true],
    ['Operation Clambake', true],
    // Global Voices, "Georgia: LGBT activists attacked", 2012-05 (development half), and fresh NASA and digital.gov pages.
    ['International Day against Homophobia and Transphobia', true],
    ['Expanding Heliophysics Scientific Discovery through HelioAnalytics', true],
    ['Not Hispanic or Latino', true],
    ['Prudent Landers – FAST', true],
    ['Go – now', false],
    ['put it to the people', false],
    ['We will not interfere', false],
    ['Yes', false],
    ['Stop. Now. Please.', false],
  ])('"%s" is the title of a work: %s', (quoted, title) => {
    expect(titleOfWork(quoted)).toBe(title);
  });

  test('a paragraph where a named person or a pronoun speaks is told from one where nobody does', () => {
    const named = 'Ndagha who says the land is at peace.';
    const plain = 'The land is at peace, and the rains came early.';
    expect(namesSpeaker(1, named, mentionsOf(named))).toBe(true);
    expect(namesSpeaker(1, 'After the vote, he says the work begins.', mentionsOf('After the vote, he says the work begins.'))).toBe(true);
    expect(namesSpeaker(1, plain, mentionsOf(plain))).toBe(false);
  });

  test('a dash-enclosed aside explains a word; one that names a person or reports speech does not', () => {
    const explained = '“Its orbital period” – the time it takes to complete a single orbit – “is now shorter.”';
    const named = '“Its orbital period” – Tom Ellis disagreed – “is now shorter.”';
    const aside = (text: string) => explainingAside(text, text.indexOf('”') + 1, text.lastIndexOf('“'), 1, mentionsOf(text));
    expect(aside(explained)).toBe(true);
    expect(aside(named)).toBe(false);
  });
});
