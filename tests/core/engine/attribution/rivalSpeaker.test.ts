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
