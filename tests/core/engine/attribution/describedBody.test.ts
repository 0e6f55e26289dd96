import { expect, test } from 'vitest';
import { describedBodyAt } from '../../../../src/core/engine/attribution/describedBody';
import { analyze, attribution } from './helpers';

// describedBody.ts: a body the text describes by its kind and a participle phrase speaks as that body. Sentences verbatim
// from the development half (Voice of America 2010, public domain; Global Voices 2012, CC BY 3.0).

test('"A union representing Zimbabwe\'s few remaining white commercial farmers says …" is the union\'s, not unattributed "farmers" (voa-zimbabwe-farmers-union-violence-flares-2010-06-09)', () => {
  const article = analyze(
    'Zimbabwe Farmers Union Says Violence Flares on Few Remaining White Properties',
    "A union representing Zimbabwe's few remaining white commercial farmers says violence on white-owned farms is on the rise with 16 farmers attacked by suspected ZANU-PF militants within the past few days.",
  );
  expect(attribution(article, 'violence on white-owned farms is on the rise')).toMatchObject({
    kind: 'reported',
    speaker: "A union representing Zimbabwe's few remaining white commercial farmers",
    cue: "A union representing Zimbabwe's few remaining white commercial farmers says",
  });
});

test('"A consortium of opposition Political Parties in the country" is no body described by a participle (gv-zambia-netizens-question-judges-suspensions-2012-05-10)', () => {
  expect(describedBodyAt('A consortium of opposition Political Parties in the country')).toBeNull();
});
