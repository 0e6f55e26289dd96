import { analyze, attribution } from './helpers';

// reportedWithin.ts: a quote told inside someone else's account is no one's for sure. English Wikinews (CC BY 2.5),
// development half: wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30.

const HEADLINE = 'English court jails policeman over insurance fraud';
const LEAD = 'Police Constable Simon Hood, 43, arranged for a friend who dealt in scrap metal to dispose of his Audi TT, then claimed it had been stolen.';

test('"Coates said that after the pseudotheft, Hood told her "…"" is not given to Hood, whose words Coates recounts', () => {
  const article = analyze(
    HEADLINE,
    LEAD,
    'The fraud was uncovered after Hood told former girlfriend Suzanne Coates of the scheme. It was alleged before Norwich Crown Court that he had confessed to her in an effort to resume their relationship. Coates said that after the pseudotheft, Hood told her "he didn\'t want to look for it. He said it would be like looking for a needle in a haystack, which I thought was a bit strange."',
  );
  const found = attribution(article, "he didn't want to look for it");
  expect(found.speaker).not.toBe('Simon Hood');
  expect(found.speaker).toBeNull();
});

test("the same cue with no one else telling of it stays the speaker's", () => {
  const article = analyze(HEADLINE, LEAD, 'After the pseudotheft, Hood told her "I don\'t want to look for it."');
  expect(attribution(article, "I don't want to look for it").speaker).toBe('Simon Hood');
});

// A fresh Wikinews page (Iran nuclear deal, November 2013), measured held out.
test('"… and said the Iranians had agreed only to "cosmetic concessions"": the words are told in Netanyahu\'s report, not the Iranians\'', () => {
  const article = analyze(
    'Iran to reduce nuclear enrichment in exchange for sanctions reduction',
    'Benjamin Netanyahu, prime minister of Israel, said the deal was a "historic mistake" and said the Iranians had agreed only to "cosmetic concessions" that "can be undone by the Iranians within weeks".',
  );
  expect(attribution(article, 'cosmetic concessions').speaker).not.toBe('Iranians');
  expect(attribution(article, 'can be undone by the Iranians').speaker).not.toBe('Iranians');
});
