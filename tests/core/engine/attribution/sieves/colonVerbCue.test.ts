import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/colonVerbCue.ts: the speech verb of a sentence ending in a colon gives the block quotation after it its speaker,
// or leaves it unattributed when the verb is a passive.

// Global Voices, "Caribbean: Supporting Our Mothers", 2012-05-15 (development half).
test('"Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:" hands the paragraph after it to the blog', () => {
  const article = analyze(
    'Caribbean: Supporting Our Mothers',
    "So why aren't Cubans having more babies? This post offered some insight. Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:",
    'On Mother’s Day 2012, a number of Cuban mothers- most of them members of the Ladies in White- have been arrested and beaten by the Cuban political police, and yet they continue carrying out their activities and RESISTING against the repression.',
  );
  expect(attribution(article, 'On Mother’s Day 2012')).toMatchObject({ kind: 'direct', speaker: 'Pedazos de la Isla' });
});

// Global Voices, "Argentina Approves Death with Dignity Law", 2012-05-11 (development half).
test('"… says that …, and Lou A. Salomé [es] (@Lou_A_S) tweets:" hands the tweet to the later speaker', () => {
  const article = analyze(
    'Argentina Approves Death with Dignity Law',
    'On Twitter the hashtag #Muertedigna (death with dignity) became a local trending topic after news broke out about the new law. There have been many different opinions. Twitter user Lean Fernández (@leanfe4) [es] says that the passing of this law is an historical event, and Lou A. Salomé [es] (@Lou_A_S) tweets:',
    'Vivir es un derecho, no una obligación #muertedigna',
  );
  expect(attribution(article, 'Vivir es un derecho')).toMatchObject({ kind: 'direct', speaker: 'Lou A. Salomé' });
});

// Wikinews, "Dozens dead in California boat fire", 2019-09-04 (development half).
test('"The excerpts … were reported by CNN as such:" sets off the dispatcher\'s words, unattributed, not CNN\'s', () => {
  const article = analyze(
    'Dozens dead in California boat fire',
    "Authorities have not named a cause for the fire, though it was intimated there were no signs of an explosion and the Conception was known to have the requisite fire suppression equipment. CNN, however, reported on a distress call from someone on the Conception, who may or may not have been the captain. The excerpts, which are only the dispatcher's words were reported by CNN as such:",
    "And there's 33 people on board the vessel that's on fire, they can't get off? [...] Roger, are they locked inside the boat? [...] Roger, can you get back on board and unlock the boat, unlock the door so they can get off?",
  );
  expect(attribution(article, "And there's 33 people on board")).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed' });
});

// gv-cuba-bloggers-offended-archbishop-2012-05-02 (Global Voices, CC BY 3.0, development half), its subject named.
test('"X went on to say that …:" sets off the words of the subject of "went on"', () => {
  const article = analyze(
    "Cuba: Bloggers Offended by Archbishop's Statements",
    'Finally, at Translating Cuba, Ignacio Estrada went on to say that the Cardinal\'s speech "was similar to one of the many speeches dictated by the office of the Department of Ideology of the Central Committee of the Communist Party of Cuba":',
    'Today’s comment does not attempt to criticize the role of the Church in Cuba, but it tries to put in its right place he who uses the Catholic Church for his own benefit and in defense of those who are sinking the nation into an increasing poverty.',
  );
  expect(attribution(article, 'Today’s comment does not attempt').speaker).toBe('Ignacio Estrada');
});

// Global Voices, Ethiopia (G8 summit) and India (Tamil Nadu), May 2012 (development half).
test('"Endalk summarises online commentaries about …:" and "…, Kracktivist cites:" hand the block after them to the blogger', () => {
  const summary = analyze(
    'Ethiopia: Netizens Urge G8 to Consider Press Freedom',
    'Endalk summarises online commentaries about press freedom and food security in Ethiopia:',
    'The campaign for press freedom has reached a critical stage in recent weeks. In this context it may be worth collecting commentary from those participating in an effort to regain freedom of the press.',
  );
  expect(attribution(summary, 'The campaign for press freedom')).toMatchObject({ kind: 'direct', speaker: 'Endalk' });
  const cited = analyze(
    'India: Tamil Nadu Government Cracks Down on Anti-Nuclear Protesters',
    'Protest and arrests',
    'Shedding a light onto the government crackdown on the protesters, Kracktivist cites:',
    'Between 10.9.2011 and 23.12.2011, police had filed 107 FIRs (field investigation reports) against 55795 people and others, among whom 6800 have been charged with sedition.',
  );
  expect(attribution(cited, 'Between 10.9.2011')).toMatchObject({ kind: 'direct', speaker: 'Kracktivist' });
});
