import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// lexicon/companyHeads.ts, read in sources/phraseType.ts: an executive of a company or another private body speaks for
// its work, a spokesperson, however bare the title before the name (annotation guide, "Consistency decisions (session
// 39, lane goldcons39)", decision 3). Sentences from the development half of tests/fixtures/real.

/** The entity named `name`'s type and the words that show it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test('a bare "CEO" before a name is a company head, no official (gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10)', () => {
  const article = analyze(
    'Russia: Ustream.tv Attacked Over Russian Blogger',
    'Although Ustream.tv began operating normally after ten hours of downtime, the reggamortis1 channel remained inaccessible for several more hours. CEO Brad Hunstable said in an interview with Global Voices that this was the most serious DDoS attack on the website ever.',
  );
  expect(typeOf(article, 'Brad Hunstable')).toEqual(['spokesperson', 'CEO']);
});

test('an acting chief executive officer of a teachers association speaks for it (voa-zimbabwe-striking-teachers-defy-directive-2009-02-09)', () => {
  const article = analyze(
    'Striking Zimbabwe Teachers Defy Directive to Return to Work',
    "Acting Chief Executive Officer Sifiso Ndlovu of the Zimbabwe Teachers Association told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that teachers will only go back to work if the government meets their demands.",
  );
  expect(typeOf(article, 'Sifiso Ndlovu')[0]).toBe('spokesperson');
});

test.each([
  // wikinews-arrests-theft-gold-toilet-england-2019-09-18: Blenheim Palace's chief executive.
  ['chief executive of the palace', 'spokesperson'],
  ['Acting Chief Executive Officer', 'spokesperson'],
  ['CEO', 'spokesperson'],
  // wikinews-carrie-lam-policy-speech-on-video-2019-10-16: Hong Kong's head of government holds an office.
  ['Chief Executive of Hong Kong', 'official'],
  ['Chief Executive', 'official'],
  // wikinews-hong-kong-lam-withdraws-extradition-bill-2019-09-06: in lower case, the place names the office.
  ['the chief executive of Hong Kong', 'official'],
])('"%s" is a source of type %s', (phrase, type) => {
  expect(typeOfPhrase(phrase)).toBe(type);
});

describe("a company's other officers speak for it as its chief executive does", () => {
  test.each([
    // wikinews-gregory-kurtzer-rocky-linux-interview-2020-12-18.
    [
      'Chris Wright',
      "Red Hat's Chief Technical Officer Chris Wright wrote in the announcement \"CentOS Stream isn't a replacement for CentOS Linux; rather, it's a natural, inevitable next step.\"",
    ],
    // wikinews-scheduled-power-outages-northern-california-2019-10-09.
    [
      'Michael Lewis',
      'Senior vice president Michael Lewis added, "The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off."',
    ],
    // wikinews-investigators-blame-pilot-error-airasia-crash-2015-12-02: "boss" with the company named.
    [
      'Tony Fernandes',
      'AirAsia boss Tony Fernandes said yesterday "there is much to be learned here for AirAsia, the manufacturer and the aviation industry."',
    ],
  ])('%s is a spokesperson', (name, text) => {
    expect(typeOf(analyze('Headline', text), name)[0]).toBe('spokesperson');
  });

  test('a "boss" with no body named says nothing, nor one who was boss', () => {
    expect(typeOfPhrase('his boss')).toBeNull();
    // wikinews-investigators-blame-pilot-error-airasia-crash-2015-12-02: "Ex-BEA boss Jean-Paul Troadec" no longer speaks for the body.
    expect(typeOfPhrase('Ex-BEA boss')).toBeNull();
  });
});

describe("a company officer's title that only a country's name qualifies is the country's office", () => {
  // usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11: the U.S. CTO holds a federal office, and one who
  // held it speaks for themself by the former office-holders rule.
  test.each([
    ['U.S. Chief Technology Officer', 'official'],
    ['Former U.S. Chief Technology Officer', 'citizen'],
  ])('"%s" is a source of type %s', (phrase, type) => {
    expect(typeOfPhrase(phrase)).toBe(type);
  });

  test.each([
    // A nationality says where the holder is from, not whose office it is; a company beside the country owns the title.
    ['Russian Chief Technology Officer', 'spokesperson'],
    ['Nissan U.S. Chief Financial Officer', 'spokesperson'],
    // A chief executive is a company's, however national.
    ['U.S. Chief Executive Officer', 'spokesperson'],
  ])('"%s" stays a source of type %s', (phrase, type) => {
    expect(typeOfPhrase(phrase)).toBe(type);
  });
});
