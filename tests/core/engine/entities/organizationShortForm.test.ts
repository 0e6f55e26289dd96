import { organizationShortForm } from '../../../../src/core/engine/entities/organizationShortForm';
import { analyze, attribution } from '../attribution/helpers';

// entities/organizationShortForm.ts: the first word an organisation is called by alone on second reference.

describe('organisation short form', () => {
  test('a company is called by its first word ("Arcturus" for "Arcturus Semiconductor", "Boeing" for "Boeing Company")', () => {
    expect(organizationShortForm('Arcturus Semiconductor')).toBe('Arcturus');
    expect(organizationShortForm('Boeing Company')).toBe('Boeing');
  });

  test('a one-word name has no shorter form', () => {
    expect(organizationShortForm('Sea-Eye')).toBeUndefined();
  });

  test('a place, nationality, head word or acronym opening the name is no short form of it', () => {
    expect(organizationShortForm('Kenya Airways')).toBeUndefined();
    expect(organizationShortForm('German Red Cross')).toBeUndefined();
    expect(organizationShortForm('Bank of England')).toBeUndefined();
    expect(organizationShortForm('U.S. Steel')).toBeUndefined();
  });
});

// wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15 (dev half since session 36).
describe("a body of people named after an organisation is not called by that organisation's name", () => {
  test('"Ryanair" alone is the airline, not "Ryanair Pilots Group"', () => {
    expect(organizationShortForm('Ryanair Pilots Group')).toBeUndefined();
    expect(organizationShortForm('Amazon Employees Union')).toBeUndefined();
  });

  test('a company\'s own plural name words still shorten ("Ryanair Holdings", "Toyota Motors")', () => {
    expect(organizationShortForm('Ryanair Holdings')).toBe('Ryanair');
    expect(organizationShortForm('Toyota Motors')).toBe('Toyota');
  });

  test("in the article, Ryanair's words are the airline's, not the pilots' group's", () => {
    const article = analyze(
      'Ryanair sack, sue pilot over participation in safety documentary',
      'Irish budget airline Ryanair have dismissed pilot John Goss, who has worked with the airline for 25 years, over remarks he made in a documentary about safety at the airline. Ryanair issued a statement confirming legal proceedings have been begun against Goss.',
      'Goss, who had been due to retire in October, is a key figure of Ryanair Pilots Group (RPG), which conducted a survey of more than 1,000 flight crew. According to the RPG survey almost 90% of respondents said the safety culture was nontransparent. Two-thirds said they felt uncomfortable raising safety issues. Ryanair had told pilots anybody signing a "so-called safety petition" might be dismissed.',
    );
    expect(attribution(article, 'so-called safety petition').speaker).toBe('Ryanair');
  });
});
