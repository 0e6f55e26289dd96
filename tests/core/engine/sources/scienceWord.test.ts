import { isScienceWord } from '../../../../src/core/engine/sources/scienceWord';

test.each(['herpetologist', 'geochemist', 'biomechanicist', 'archæologist', 'neuroscientist', 'physicists'])('"%s" names a scientist', (word) => {
  expect(isScienceWord(word)).toBe(true);
});

test.each(['apologist', 'chemist', 'journalist', 'activist', 'physician', 'scientific'])('"%s" is not read by its ending', (word) => {
  expect(isScienceWord(word)).toBe(false);
});
