import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/thingSubject.ts: a first-person quote with no cue finishing a sentence a thing's description opens goes on
// with the speaker of the quote just before. Development half: wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29.

const HEADLINE = 'Toronto Comicon 2019 welcomes fans with celebrities, creativity, cosplay';
const CHAPMAN =
  'Stephanie Chapman has knit a variety of knit outfits, an uncommon technique for cosplay. Prompted by Ron Perlman\'s visit, she wore a costume based on Hellboy character Abe Sapien, which lacks the eyeholes of her normal masks. With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews, a choice leaving her largely helpless without a handler. The costume "is very warm [...] so I have to stay hydrated and try to keep as calm as possible. It\'s just really hard to stay calm when I meet someone like Ron Perlman".';

test('"The costume "is very warm [...] so I have to stay hydrated …"" after Chapman\'s quote is Chapman\'s', () => {
  const article = analyze(HEADLINE, CHAPMAN);
  expect(attribution(article, 'is very warm')).toMatchObject({ speaker: 'Stephanie Chapman', resolution: 'continuation' });
});
