import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { inPictureRoster } from '../../../../src/core/engine/entities/pictureRoster';

const found = (...paragraphs: Array<string>) => findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => `${e.type}: ${e.name}`);

// Photo captions of nasa.gov articles (public domain; development half).
const TECHRISE =
  'Pictured here from left to right, Zephyr Proffitt and Tayah Day of Red Mountain High School in Mesa, Arizona work on building their experiment during last year’s TechRise Student Challenge. Red Mountain High School';
const PANEL =
  'The panelists from left to right are Messod Bendayan, NASA Communications; Kelly McCarthy, NASA’s Office of STEM Engagement, Bob Kline, Kennedy’s Environmental Assurance Branch.';

describe('a photo caption’s roster of the people pictured', () => {
  test('names no list knows, right after "from left to right", are people', () => {
    // usgov-nasa-techrise-third-challenge-winners-2024-01-24 (the session 58 held-out batch) and
    // usgov-nasa-kennedy-students-earth-day-panel-2024-04-22.
    expect(found(TECHRISE)).toContain('person: Zephyr Proffitt');
    expect(found(PANEL)).toContain('person: Messod Bendayan');
  });

  test('the roster reaches a name only through its list: commas, semicolons, "and"', () => {
    expect(inPictureRoster(TECHRISE, TECHRISE.indexOf('Zephyr'))).toBe(true);
    expect(inPictureRoster(TECHRISE, TECHRISE.indexOf('Tayah'))).toBe(true);
    expect(inPictureRoster(PANEL, PANEL.indexOf('Kelly'))).toBe(true);
  });

  test('a name after the list has closed, or in a sentence with no roster, is no roster’s', () => {
    // The school after "of", the state after the sentence goes on, the credit after the full stop.
    expect(inPictureRoster(TECHRISE, TECHRISE.indexOf('Red Mountain'))).toBe(false);
    expect(inPictureRoster(TECHRISE, TECHRISE.indexOf('Arizona'))).toBe(false);
    expect(inPictureRoster(TECHRISE, TECHRISE.lastIndexOf('Red Mountain'))).toBe(false);
    const turned = 'The rover turned left and Mission Control cheered.';
    expect(inPictureRoster(turned, turned.indexOf('Mission'))).toBe(false);
  });
});
