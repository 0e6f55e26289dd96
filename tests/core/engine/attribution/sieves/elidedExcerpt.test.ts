import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/elidedExcerpt.ts: a lone "[...]" between two paragraphs marks them as parts of someone else's words, even
// after a lead-in that ends in a full stop; so does prose in another language before its translation. Global Voices,
// development half (Armenia and Spain, May 2012).

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

describe('an original in another language before its translation', () => {
  test("a protester's Spanish words and their English after the writer's paragraph are a quotation, by no one the text sets them off by", () => {
    const article = analyze(
      'Spain: The "Indignados" of the 15M',
      "Both are dressed up in the green t-shirts that distinguish this group with the name of one of their main campaigns: Stop Evictions. Raquel also voluntarily participates in PAH since she took part of an action to prevent a family from her hometown to be evicted. Desi is one of the victims: it's been six months since she cannot pay the mortgage and there's no way to reach an agreement with the bank to hand in the apartment in exchange of the debt that adds up to almost 250,000 Euros.",
      'Yo no encuentro trabajo y mi marido, tras estar en el paro, cobra ahora 1.200 euros al mes, y tenemos que pagar casi mil de la hipoteca. Tenemos dos hijas y tenemos que tirar adelante. Gracias a la PAH vamos haciendo, la unión hace la fuerza.',
      "I can't find a job nor my husband, who after being on strike now receives 1,200 Euros monthly and we have to pay almost a thousand for the mortgage. We have two daughters and we need to keep at it. Thanks to PAH we are succeeding, together we strive.",
    );
    expect(attribution(article, 'Yo no encuentro trabajo')).toMatchObject({ kind: 'direct', speaker: null });
    expect(attribution(article, "I can't find a job")).toMatchObject({ kind: 'direct', speaker: null });
    expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text.startsWith('Both are dressed up'))).toBe(false);
  });
});
