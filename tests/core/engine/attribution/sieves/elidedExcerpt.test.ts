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

const DIVERSITY = 'Armenia: Nationalists Disrupt Cultural Diversity March';

describe('the lead-in of an excerpt around an elision', () => {
  test('"Another Armenian blog, Le Retour in 3 Parts, comments on …." names the blog in the appositive after "blog"', () => {
    const article = analyze(
      DIVERSITY,
      'Another Armenian blog, Le Retour in 3 Parts, comments on the policing of the event.',
      '[...] we were no longer in control. Because from this point on it was the cops telling us how to move, where to go, where to stand. We were being controlled by the state apparatus.',
      '[...]',
      '[...] And yet I felt more like an animal lured into its cage. Because now we were barricaded in, while counter-demonstrators were outside, continuing to chant, sing and proclaim themselves as defenders of the nation and “national values”.',
    );
    expect(attribution(article, '[...] we were no longer in control')).toMatchObject({ kind: 'direct', speaker: 'Le Retour in 3 Parts' });
  });

  test('"…, the blog notes …." in the last sentence refers back to the blog the paragraph opens with ("Global Chaos also posts …")', () => {
    const article = analyze(
      DIVERSITY,
      'Global Chaos also posts an extensive account, drawing a comparison with recent clashes in neighboring Georgia. While also stressing the Yerevan march was not a gay parade, the blog notes the presence of Armenian priests.',
      '[...] due to PINK Armenia\'s previous campaigns against homophobia, somehow the Diversity March was distorted in the public mind and presented as a "gay parade" by certain ultranationalist (for the sake of avoiding the "neo-Nazi" term) elements and groupings, who showed up to the event.',
      '[...]',
      "This event, along with all that's been going on with D.I.Y. is becoming a growing trend in Armenia.",
    );
    expect(attribution(article, '[...] due to PINK Armenia')).toMatchObject({ kind: 'direct', speaker: 'Global Chaos' });
  });

  test('a titled blog before a present-tense verb that is no speech verb is the source ("Unzipped: Gay Armenia likens …")', () => {
    const article = analyze(
      DIVERSITY,
      'Unzipped: Gay Armenia likens the 21 May disruption to fascism.',
      'But the notion of diversity was once again attacked in Armenia in an organised provocation by neo-nazi elements and their supporters.',
      '[...]',
      'Neo-nazi elements attacked marchers encouraged by endorsement of homophobic hysteria and anti-gay violence on a very high state level that followed firebombing of DIY bar. [...]',
    );
    expect(attribution(article, 'But the notion of diversity')).toMatchObject({ kind: 'direct', speaker: 'Unzipped: Gay Armenia' });
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

// Global Voices, "South Korea: Police Question Influential Podcasters for Campaign Violations" (21 May 2012, CC BY 3.0), development half.
describe('an original and its translation after a lead-in with no colon', () => {
  test('"Another Twitter user (@__hope_) criticized [ko] …." gives the Korean post and its translation to the user', () => {
    const article = analyze(
      'South Korea: Police Question Influential Podcasters for Campaign Violations',
      'Another Twitter user (@__hope_) criticized [ko] the police for probing the hosts of the show who have unearthed numerous political scandals of the ruling party and the president, and even made an investigative report on the election fraud. It is also ironic that it was none other than the election commission who requested the investigation.',
      '[...]10.26 로그기록,박근혜 선루프 차 조사 등. 경찰이 해야 할 일들을 한 나꼼수에게 부끄럽지 않은가. 김어준 앞에서 고개 들 수 있는가. 우리는 경찰 앞에 선 김어준이 자랑스럽다.',
      "[...] (Revelation on) the Oct 26 Election site log file and the coverage on Park Guen-hye's [campaign activities] through a [car] sun-roof... You police - are you not ashamed by 'Naggomsu' [Korean acronym for 'I am a petty-minded creep'] who have done all the work that you should have done? Will you be able to stare straight into their faces? We are proud of Kim Eo-joon who boldly stood in front of the police.",
    );
    expect(attribution(article, '[...]10.26')).toMatchObject({ kind: 'direct', speaker: '@__hope_' });
    expect(attribution(article, '[...] (Revelation on)')).toMatchObject({ kind: 'direct', speaker: '@__hope_' });
  });
});
