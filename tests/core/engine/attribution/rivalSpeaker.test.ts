import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// rivalSpeaker.ts: a second speaker named after the subject of the sentence before makes a he/she abstain.

test('"He" after a sentence where a second man speaks after its subject abstains (fresh: Wikinews 2019, Koszalin escape room fire)', () => {
  const article = analyze(
    'Escape room fire kills five teen girls in Koszalin, Poland',
    'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire".',
  );
  expect(attribution(article, 'I want to express my sympathy').speaker).not.toBe('Andrzej Duda');
});

// wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-01-27 (development half since session 37).
test('"Trump asked Vice President Mike Pence to attend the march. "…" he told the crowd": the he is not given to Trump', () => {
  const article = analyze(
    'Anti-abortion March for Life draws thousands in Washington, D.C.',
    "Donald Trump has recently reversed Barack Obama's repeal of a global funding ban, which prohibits the use of U.S. funds for any organization that provides or counsels for abortions abroad.",
    'Trump specifically asked Vice President Mike Pence to attend the march. "Life is winning in America!" he told the crowd, noting that he serves under "a president who I proudly say stands for the right to life."',
  );
  expect(attribution(article, 'Life is winning in America!')).toMatchObject({ kind: 'direct', speaker: null });
});

// wikinews-ingrid-betancourt-returns-to-france-2008-07-04 (development half): "She called on Sarkozy to continue …" sends a
// man; the she stays hers.
test('"She called on Sarkozy to continue working …" leaves the next "she stated" to the woman', () => {
  const article = analyze(
    'Ingrid Betancourt returns to France',
    '"It\'s a completely hostile environment with dangerous animals," Betancourt said. "The most dangerous, of course, is man."',
    'She called on Sarkozy to continue working toward freeing the hostages who were left behind. "We cannot leave them there where they are suffering, where they are alone," she stated, saying that some of them are contemplating suicide.',
  );
  expect(attribution(article, 'We cannot leave them there')).toMatchObject({ kind: 'direct', speaker: 'Ingrid Betancourt' });
});
