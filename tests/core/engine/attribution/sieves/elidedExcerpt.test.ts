import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/elidedExcerpt.ts: a lone "[...]" between two paragraphs marks them as parts of someone else's words, even
// after a lead-in that ends in a full stop. Global Voices, development half (Armenia, May 2012).

const BAIL = 'Armenia: Fears After Nationalist Firebombers Released on Bail';
const CONTROVERSY = 'Armenia: Homophobic Firebombing Controversy Continues as Officials, MPs Promote Hate Crime';

describe('an excerpt around an elision', () => {
  test('"Le Retour in 3 Parts is also concerned." sets off the post\'s two parts around "[...]"', () => {
    const article = analyze(
      BAIL,
      'Le Retour in 3 Parts is also concerned.',
      'For the first time since moving to Armenia, I am afraid. Queer women are in the spotlight — an unfamiliar and not at all good place to be in.',
      '[...]',
      'And, I hate myself for thinking this, but at times like these I can’t help but wonder why some of the more outspoken LGBT activists and queer allies had to raise their voices.',
    );
    expect(attribution(article, 'For the first time')).toMatchObject({ kind: 'direct', speaker: 'Le Retour in 3 Parts' });
    expect(attribution(article, 'And, I hate myself')).toMatchObject({ kind: 'direct', speaker: 'Le Retour in 3 Parts' });
  });

  test('"Indeed, reports Unzipped: Gay Armenia, …" sets off the blog\'s post, which the writer\'s "Meanwhile, …" ends', () => {
    const article = analyze(
      CONTROVERSY,
      'Indeed, reports Unzipped: Gay Armenia, one government official even set up a homophobic Facebook page, now deleted, praising the arsonists.',
      'Hakob Barkhudaryan, chief of staff of Public Council of Republic of Armenia, a consultative body at Armenia president, created a Facebook page in praise of neo-nazi attackers on DIY bar: "In support of firebombers of DIY club", calling for attackers to be freed of persecution.',
      '[...]',
      'This is truly Scandal of the Day. We all know that this council is pretty much a formality, and there are quite a few openly homophobic members there. But support for terrorists? Unbelievable.',
      'What is the position of the president of Public Council re this matter? What is the position of Armenia president?',
      'We need urgent answers as the consequences of this could be enormously damaging for the reputation of Armenia, suggesting support for neo-nazi and firebombers in the very heart of state structures.',
      'Meanwhile, Le Retour in 3 Parts says that officials should instead be condemning the attack and not supporting it.',
      'If there was ever a time for state officials and public figures to speak out, it is now. And again, I say, you may consider us mentally ill.',
    );
    expect(attribution(article, 'Hakob Barkhudaryan, chief')).toMatchObject({ kind: 'direct', speaker: 'Unzipped: Gay Armenia' });
    expect(attribution(article, 'This is truly Scandal')).toMatchObject({ kind: 'direct', speaker: 'Unzipped: Gay Armenia' });
    expect(attribution(article, 'We need urgent answers')).toMatchObject({ kind: 'direct', speaker: 'Unzipped: Gay Armenia' });
    expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text.startsWith('Meanwhile, Le Retour'))).toBe(false);
  });
});
