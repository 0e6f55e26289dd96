import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// documentOwner.ts: a document speaks in its author's words. Sentences verbatim from the development half (Global
// Voices 2012, CC BY 3.0) and fresh text (Wikinews 2019, CC BY 2.5).

test('"…, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:" is the coalition\'s (gv-russia-governor-resignations)', () => {
  const article = analyze(
    'Russia: Governors resign ahead of new election law',
    'Residents of Permskiy Krai view this as a betrayal, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:',
    'The replacement of the head of the region using an old procedure... is a political insult and disrespect towards the citizens... of a three million strong region that has earned these elections and is already actively preparing for them.',
  );
  expect(attribution(article, 'The replacement of the head')).toMatchObject({ kind: 'direct', speaker: 'Perm Coalition for Direct Elections' });
});

test('"according to a statement released by her family" is the family\'s, not the "her" it names', () => {
  const article = analyze(
    'Former US Senator Kay Hagan dies at age 66',
    "Yesterday, former United States Senator Kay Hagan died, according to a statement released by her family. Hagan, North Carolina's first female Democratic Senator, was 66.",
  );
  expect(attribution(article, 'Yesterday, former United States Senator Kay Hagan died').speaker).not.toBe('Kay Hagan');
});

test('"“…,” according to a tweet on Monday by US Secretary of State Mike Pompeo" is Pompeo\'s (fresh: Wikinews 2019, Germany bans Mahan Air)', () => {
  const article = analyze(
    'Germany bans Mahan Air of Iran, citing security',
    'Mahan has been the subject of United States sanctions since 2011. "The airline transports weapons and fighters across the Middle East, supporting the Iranian regime\'s destructive ambitions around the region," according to a tweet on Monday by US Secretary of State Mike Pompeo.',
  );
  expect(attribution(article, 'The airline transports weapons')).toMatchObject({ kind: 'direct', speaker: 'Mike Pompeo' });
});

test('"RIAA\'s DMCA notice alleged … to "circumvent …"" is the RIAA\'s: a notice is a document (fresh: Wikinews 2020, GitHub blocks youtube-dl)', () => {
  const article = analyze(
    'GitHub blocks public access to youtube-dl after RIAA issues DMCA notice',
    'The blockade came after GitHub received a Digital Millennium Copyright Act (DMCA) take-down notice from the Recording Industry Association of America (RIAA).',
    'RIAA\'s DMCA notice alleged the script\'s purpose of existence was to "circumvent the technological protection measures used by authorized streaming services such as YouTube" and "reproduce and distribute music videos".',
  );
  expect(attribution(article, 'circumvent the technological')).toMatchObject({ kind: 'direct', speaker: 'Recording Industry Association of America' });
});

test('"The WHO\'s website said: "…"" is the WHO\'s: a website is its owner\'s document (fresh: Wikinews 2020, cow urine)', () => {
  const article = analyze(
    '200 in New Delhi, India drink cow urine to fight off COVID-19',
    'COVID-19 was previously announced to be a "pandemic" by the World Health Organization (WHO). The WHO\'s website said: "While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease."',
  );
  expect(attribution(article, 'While some western')).toMatchObject({ kind: 'direct', speaker: 'World Health Organization' });
});

test('"Part of the judge\'s statement reads "…"" is the judge the text named: a role noun owns the document (fresh: Wikinews 2019, Texas draft ruling)', () => {
  const article = analyze(
    'Texas federal judge says drafting only men violates United States Constitution',
    'U.S. District Judge Gray Miller ruled the male-only draft violated the Due Process Clause of the United States Constitution.',
    'Part of the judge\'s statement reads "the average woman could conceivably be better suited physically for some of today\'s combat positions than the average man, depending on which skills the position required."',
  );
  expect(attribution(article, 'the average woman could')).toMatchObject({ kind: 'direct', speaker: 'Gray Miller' });
});

test('"A publichouse.sg editorial predicts that …:" is the site\'s, in its reported words and the block after (gv-singapore-hougang-by-election)', () => {
  const article = analyze(
    'Singapore: Hougang By-Election',
    "A publichouse.sg editorial predicts that the Worker's Party will be able to hold on to Hougang, as it has done for over 20 years:",
    'The PAP thus faces a daunting task of trying to reverse at least 15% of the vote in Hougang in order to wrestle it back from the WP.',
  );
  expect(attribution(article, "the Worker's Party will be able")).toMatchObject({ kind: 'reported', speaker: 'publichouse.sg' });
  expect(attribution(article, 'The PAP thus faces')).toMatchObject({ kind: 'direct', speaker: 'publichouse.sg' });
});

// Wikinews, "US professional wrestler Jon Huber dies aged 41", 2020-12-28, CC BY 2.5, not in the corpus:
// https://en.wikinews.org/wiki/US_professional_wrestler_Jon_Huber_dies_aged_41
test('"…", reads an AEW press release, "…" is AEW\'s, both halves', () => {
  const article = analyze(
    'US professional wrestler Jon Huber dies aged 41',
    'US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under the ring name Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, died on Saturday aged 41.',
    '"Huber was exceptionally respected and loved in every way", reads an AEW press release, "a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee. Jon\'s love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him".',
  );
  expect(attribution(article, 'Huber was exceptionally respected')).toMatchObject({ kind: 'direct', speaker: 'AEW' });
  expect(attribution(article, 'a fierce and captivating talent')).toMatchObject({ kind: 'direct', speaker: 'AEW' });
});

// Wikinews, "US Supreme Court overturns fraud convictions in Kelly v. United States", 2020-05-08, CC BY 2.5, not in the
// corpus: https://en.wikinews.org/wiki/US_Supreme_Court_overturns_fraud_convictions_in_Kelly_v._United_States
test('"The Supreme Court decision stated …" is the court\'s', () => {
  const article = analyze(
    'US Supreme Court overturns fraud convictions in Kelly v. United States',
    'Yesterday, the United States Supreme Court overturned the criminal convictions of Bridget Anne Kelly and William Baroni for crimes relating to a 2013 incident involving allegedly politically motivated traffic chaos at a major bridge access from New Jersey to Manhattan.',
    'The public officials who ordered that change claimed they were reducing the number of dedicated lanes to conduct a traffic study. The Supreme Court decision stated they did so for a political reason: to punish the mayor of Fort Lee for refusing to support the New Jersey Governor’s reelection bid.',
  );
  expect(attribution(article, 'they did so for a political reason')).toMatchObject({ kind: 'reported', speaker: 'US Supreme Court' });
});

// wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08 (development half): the memo's author is its speaker.
test('"According to a memo posted online by Senator Juan Dalmau, …" is the senator\'s, reported words and the quote inside', () => {
  const article = analyze(
    'Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor',
    'The Senate was to meet Monday to discuss Pierluisi\'s confirmation. Senate President Thomas Rivera Schatz filed the lawsuit against Pierliusi on behalf of the Senate late Sunday night. According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its planned hearing because Pierluisi did "...not recongnize the authority of the Puerto Rico Senate to address the [matter]."',
  );
  expect(attribution(article, 'the Senate cancelled its planned hearing').speaker).toBe('Juan Dalmau');
  expect(attribution(article, '...not recongnize the authority').speaker).toBe('Juan Dalmau');
});
