import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// lonePersonBefore.ts: a definite title nobody holds, right after a sentence about one person, is that person anew.

// Wikinews (CC BY 2.5), development half, but for the made-up case marked so.
describe('a title nobody holds, right after a sentence about one person, is that person anew', () => {
  // wikinews-upside-down-rivers-break-antarctic-ice-shelves-2019-10-12
  test('"…," said study co-author Karen Alley. The Wooster professor added, "…" is Alley\'s', () => {
    const article = analyze(
      "Scientists describe how 'upside-down rivers' of warm water break Antarctica's ice shelf",
      '"Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable points," said study co-author Karen Alley. The Wooster professor added, "These effects matter [...] But exactly how much, we don\'t yet know. We need to."',
    );
    expect(attribution(article, 'These effects matter')).toMatchObject({ speaker: 'Karen Alley', resolution: 'role' });
  });

  // wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24
  test('"the organisation\'s general director" after "MSF field co-ordinator Alfred Davies said" is not Davies', () => {
    const article = analyze(
      'Nigerian refugee camp airstrike death toll passes 100',
      'MSF field co-ordinator Alfred Davies said, "There are no words to describe the chaos[...] I saw the bodies of children that had been cut in two." MSF have called for "a transparent account" with the organisation\'s general director complaining refugees "were bombed by those who were meant to safeguard them".',
    );
    expect(attribution(article, 'were bombed by those')).toMatchObject({ speaker: null });
  });

  // wikinews-gunman-opens-fire-el-paso-walmart-2019-08-08
  test('"Mexico\'s Foreign Secretary Marcelo Ebrard said …" then "The foreign minister said …" is Ebrard\'s', () => {
    const article = analyze(
      'Gunman opens fire in El Paso, Texas superstore; more than 20 dead',
      "According to Mexican President Andrés Manuel López Obrador, six Mexican nationals were killed in the attack, and seven more were injured. Another report from the Mexican government during the weekend said eight Mexicans died in the attack. Mexico's Foreign Secretary Marcelo Ebrard said the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States.",
      'The foreign minister said Mexico would consider charging the gunman with terrorism against Mexicans and would seek to extradite the gunman to face charges in Mexico.',
    );
    expect(attribution(article, 'Mexico would consider charging')).toMatchObject({ speaker: 'Marcelo Ebrard', resolution: 'role' });
  });
  // wikinews-engineer-killed-travelator-london-waterloo-2019-09-20 (a gold held out this stop, then development half)
  test('"An official from TfL stated: …" then "The mayor of London, Sadiq Khan, gave …, adding, "…"" is Khan\'s: an unnamed official is no antecedent, and a title of a place names its holder anew', () => {
    const article = analyze(
      'Engineer killed while working on travelator at London Waterloo station',
      'BTP started an investigation of the death, which they treated as not suspicious but unexplained. Detective Inspector Darren Gough said, "This is a truly tragic incident, and our deepest condolences are with the man’s family." An official from TfL stated: "We are working with colleagues in the British Transport Police following an incident at Waterloo station in the early hours of this morning."',
      'The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, "An urgent enquiry into what happened is underway to ensure it cannot happen again."',
    );
    expect(attribution(article, 'An urgent enquiry into what happened')).toMatchObject({ speaker: 'Sadiq Khan' });
  });

  // Made up, after a shape direct8 saw: a person the text gave a role of another kind (sourceRoles.ts) is not described
  // anew by this one.
  test.each(['teacher', 'officer', 'doctor'])('"The %s said" right after a sentence about "Mayor John Smith" is unattributed', (noun) => {
    const article = analyze(
      'Town mourns boy lost in flood',
      'Mayor John Smith visited the site on Monday. "We will rebuild the bridge," Smith said.',
      `The ${noun} said: "He was the light of our lives."`,
    );
    expect(attribution(article, 'He was the light')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });

  test('"The doctor said" right after "Dr. Jane Doe examined the boy" is still hers', () => {
    const article = analyze('Town mourns boy lost in flood', 'Dr. Jane Doe examined the boy on Monday.', 'The doctor said: "He was the light of our lives."');
    expect(attribution(article, 'He was the light')).toMatchObject({ speaker: 'Jane Doe', resolution: 'role' });
  });

  // Wikinews, "POWER inquiry calls for radical power shift in British democracy", 2006-02-27 (CC BY 2.5), a fresh page of
  // session 49.
  test('"The Prime Minister\'s Official Spokesman said that" after a sentence about the inquiry\'s chair is not the chair', () => {
    const article = analyze(
      'POWER inquiry calls for radical power shift in British democracy',
      'Chair of the inquiry, Helena Kennedy challenged politicians to "rise above their party ranks and start treating democratic reform as a non-partisan necessity - not a political toy".',
      "The Prime Minister's Official Spokesman said that the report dealt with many issues, which were all matters to be debated within parties and between parties, adding that the report had added to the debate.",
    );
    expect(attribution(article, 'the report dealt with many issues').speaker).not.toBe('Helena Kennedy');
  });

  test('a capitalised office ("The Prime Minister said") after a sentence about someone never given it is unattributed; in lower case it is that person anew', () => {
    const before = 'Helena Kennedy challenged politicians to act.';
    const office = analyze('Inquiry calls for reform', before, 'The Prime Minister said that the report dealt with many issues.');
    expect(attribution(office, 'the report dealt with many issues')).toMatchObject({ speaker: null, resolution: 'unattributed' });
    const anew = analyze('Inquiry calls for reform', before, 'The chair said that the report dealt with many issues.');
    expect(attribution(anew, 'the report dealt with many issues')).toMatchObject({ speaker: 'Helena Kennedy', resolution: 'role' });
  });

  // Wikinews, "Egypt recalls envoy in Israel", 2011-08-20 (CC BY 2.5), a fresh page of session 49; the mayor's quote made up.
  test('"the mayor said" after a sentence about the prime minister is not the prime minister; "the minister said" is', () => {
    const before = 'Israeli Prime Minister Benjamin Netanyahu consulted cabinet ministers about a potential response.';
    const mayor = analyze('Egypt recalls envoy in Israel', before, '"We will rebuild the bridge," the mayor said.');
    expect(attribution(mayor, 'We will rebuild the bridge,').speaker).toBeNull();
    const minister = analyze('Egypt recalls envoy in Israel', before, '"We will rebuild the bridge," the minister said.');
    expect(attribution(minister, 'We will rebuild the bridge,').speaker).toBe('Benjamin Netanyahu');
  });
});
