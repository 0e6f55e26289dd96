import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// roleAppositive.ts: an inverted cue whose subject is a role set off from the person holding it by a comma.
// The first sentence is kept verbatim from a fresh NASA page (public domain), not in the corpus; the Richard Keen ones are
// from the development half.

describe('a role, a comma, then the person after an inverted speech verb', () => {
  test('"…,” said Ingenuity’s project manager, Teddy Tzanetos of NASA JPL." is Tzanetos’s, both parts', () => {
    const article = analyze(
      'NASA’s Ingenuity Mars Helicopter Team Says Goodbye … for Now',
      '“It’s humbling Ingenuity not only carries onboard a swatch from the original Wright Flyer, but also this helicopter followed in its footsteps and proved flight is possible on another world,” said Ingenuity’s project manager, Teddy Tzanetos of NASA JPL. “The Mars helicopter would have never flown once, much less 72 times, if it were not for the passion and dedication of the Ingenuity and Perseverance teams. History’s first Mars helicopter will leave behind an indelible mark on the future of space exploration and will inspire fleets of aircraft on Mars – and other worlds – for decades to come.”',
    );
    expect(attribution(article, 'It’s humbling')).toMatchObject({ kind: 'direct', speaker: 'Teddy Tzanetos' });
    expect(attribution(article, 'The Mars helicopter would')).toMatchObject({ kind: 'direct', speaker: 'Teddy Tzanetos' });
  });

  test('"said the project manager, Name" is the named person’s, not the role’s', () => {
    const article = analyze('A headline', 'The rover drove on. “It’s humbling,” said the project manager, Teddy Tzanetos.');
    expect(attribution(article, 'It’s humbling')).toMatchObject({ speaker: 'Teddy Tzanetos', cue: 'said the project manager, Teddy Tzanetos' });
  });

  test('a clause after the comma is no appositive: the role stays unresolved', () => {
    const article = analyze('A headline', 'The rover drove on. “It’s humbling,” said the project manager, adding that Teddy Tzanetos agreed.');
    expect(attribution(article, 'It’s humbling').speaker).not.toBe('Teddy Tzanetos');
  });
});

// Fresh Wikinews page (2019-02-12, the rescue ship named after Alan Kurdi): "his father" was taken for the son.
describe('a possessive pronoun and a kinship noun, then the name', () => {
  const headline = 'German migrant rescue charity renames ship after drowned Syrian toddler Alan Kurdi';
  test('"“…,” said his father, Abdullah Kurdi, following the ceremony." is the father\'s', () => {
    const article = analyze(
      headline,
      'The three-year-old Alan Kurdi drowned in 2015 off the coast of Turkey.',
      '"This day is very hard for me, as I re-experience many memories," said his father, Abdullah Kurdi, following the ceremony.',
    );
    expect(attribution(article, 'This day is very hard for me')).toMatchObject({ speaker: 'Abdullah Kurdi', cue: 'said his father, Abdullah Kurdi' });
  });

  test('"“…,” his father said." is not the son the sentence before named', () => {
    const article = analyze(
      headline,
      'The three-year-old Alan Kurdi drowned in 2015 off the coast of Turkey.',
      '"This day is very hard for me, as I re-experience many memories," his father said.',
    );
    expect(attribution(article, 'This day is very hard for me').speaker).not.toBe('Alan Kurdi');
  });
});

describe('an article and a possessor before the role, then the name', () => {
  // The development half: wikinews-uk-supreme-court-rules-prorogation-unlawful-2019-09-24.
  test('"It is not for the Court to opine about the motivations, argued the government\'s lawyer, Richard Keen." is the lawyer\'s', () => {
    const article = analyze(
      'UK Supreme Court rules prorogation of Parliament unlawful',
      "The government's counter-argument was that prorogation is a political tool given by the legislature to the executive branch. It is not for the Court to opine about the motivations, argued the government's lawyer, Richard Keen.",
    );
    expect(attribution(article, 'It is not for the Court to opine')).toMatchObject({
      kind: 'reported',
      speaker: 'Richard Keen',
      cue: "argued the government's lawyer, Richard Keen",
    });
  });

  test('"“…,” said the government\'s lawyer, Richard Keen." is his as a direct quote too', () => {
    const article = analyze(
      'UK Supreme Court rules prorogation of Parliament unlawful',
      '"It is not for the Court to opine about the motivations," said the government\'s lawyer, Richard Keen.',
    );
    expect(attribution(article, 'It is not for the Court to opine')).toMatchObject({ kind: 'direct', speaker: 'Richard Keen' });
  });

  // The shape of wikinews-veteran-sergeant-us-torture-coverup-2004-12-08 ("a witness, Sergeant First Class Michael
  // Marciello,") after an inverted verb.
  test('"…,” said a witness, Name, …" is the named witness\'s, not the description\'s', () => {
    const article = analyze('A headline', 'A fire broke out on Monday. "It was chaos," said a witness, John Smith, who lives nearby.');
    expect(attribution(article, 'It was chaos')).toMatchObject({ kind: 'direct', speaker: 'John Smith' });
  });

  // Fresh Wikinews, "Police arrest twelve after explosives kill jackal in Tamil Nadu, India" (2020), verbatim: the
  // description is the reported clause's subject, no speaker.
  test('"Officials said a police constable, reportedly one Vijayaragavan, saw …" names no speaker after "said"', () => {
    const article = analyze(
      'Police arrest twelve after explosives kill jackal in Tamil Nadu, India',
      "Officials said a police constable, reportedly one Vijayaragavan, saw the twelve with the dead jackal in Trichy, decided to question them after they aroused suspicion at a tea stall, and learned they were responsible for the jackal's death.",
    );
    expect(attribution(article, 'a police constable')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

// The development half, verbatim: the role set off before the name may carry a capitalised modifier, be one of several,
// or be a bare role with the body it serves; title words may stand between the comma and the name.
describe('a wider role before the comma: a capitalised modifier, "one of the", a bare role with its body', () => {
  // wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30
  test('"…," claimed Jangeli\'s Sudanese counterpart, Deng Alor." is Alor\'s', () => {
    const article = analyze(
      'At least twelve die in Mogadishu attacks',
      "During an African Union (AU) summit Addis Ababa, capital of Ethiopia, Ali Jama' Jangeli, Somali Foreign Minister, requested more African Union troops to assist other soldiers in the capital.",
      '"The situation in Somalia is very grim, it is very precarious. It is threatening stability in the whole of the east Africa region and the Horn of Africa," claimed Jangeli\'s Sudanese counterpart, Deng Alor.',
    );
    expect(attribution(article, 'The situation in Somalia is very grim')).toMatchObject({ kind: 'direct', speaker: 'Deng Alor' });
  });

  // wikinews-shorts-fbi-agent-iran-mckinnon-epa-2007-04-03
  test('"…," said one of the judges, Lord Justice Maurice Kay." is the judge\'s, his titles no bar', () => {
    const article = analyze(
      'Wikinews Shorts: April 3, 2007',
      'Gary McKinnon of Britain lost his appeal challenging an extradition order to face charges in the United States that he hacked into military and NASA computers there. "We do not find any grounds of appeal against the decision," said one of the judges, Lord Justice Maurice Kay.',
    );
    expect(attribution(article, 'We do not find any grounds')).toMatchObject({ kind: 'direct', speaker: 'Maurice Kay' });
  });

  // wikinews-pakistan-must-investigate-journalist-killings-says-un-2011-08-23
  test('"…,” said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville." is Colville\'s', () => {
    const article = analyze(
      'Pakistan must investigate journalist killings, says UN',
      '“In the past eight days alone we have received reports on the killing of one journalist, Munir Shakir, in Balochistan on August 14 2011,” said spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville.',
    );
    expect(attribution(article, 'In the past eight days alone')).toMatchObject({ kind: 'direct', speaker: 'Rupert Colville' });
  });

  test('near miss: "said one of the judges, adding that Lord Justice Maurice Kay agreed" is not Kay\'s', () => {
    const article = analyze(
      'A headline',
      'The appeal was heard on Tuesday. "We do not find any grounds of appeal against the decision," said one of the judges, adding that Lord Justice Maurice Kay agreed.',
    );
    expect(attribution(article, 'We do not find any grounds').speaker).not.toBe('Maurice Kay');
  });

  test('near miss: the name that is a possessor after the comma is not the speaker ("one of the judges, Maurice Kay\'s colleague")', () => {
    const article = analyze(
      'A headline',
      'Lord Justice Maurice Kay heard the appeal on Tuesday. "We do not find any grounds of appeal against the decision," said one of the judges, Maurice Kay\'s colleague.',
    );
    expect(attribution(article, 'We do not find any grounds').speaker).not.toBe('Maurice Kay');
  });
});
