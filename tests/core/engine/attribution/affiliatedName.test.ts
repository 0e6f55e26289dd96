import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// affiliatedName.ts: a name, its affiliation, then the verb. Sentences from fresh English Wikinews articles of
// 2019–2020 (CC BY 2.5), in neither half of tests/fixtures/real.

describe('a person named with the body they belong to, then the verb', () => {
  test.each([
    [
      'In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF observed, "I\'ve seen mass mobilisation campaigns before, but not over an entire country like this[.]"',
      "I've seen mass mobilisation",
      'Sheldon Yett',
    ],
    [
      'Regina Ip from the pro-Beijing camp said in a press conference: "The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is anti-democratic".',
      'The behavior of my colleagues',
      'Regina Ip',
    ],
    [
      'Suman Haripriya of the Hajo assembly said "cow dung is very beneficial and when it is burnt it kills bacteria."',
      'cow dung is very beneficial',
      'Suman Haripriya',
    ],
  ])('the person speaks, not the body: %s', (paragraph, quote, speaker) => {
    expect(attribution(analyze('Headline of the article', paragraph), quote)).toMatchObject({ kind: 'direct', speaker, resolution: 'name' });
  });

  test('a second person inside the words leaves the first no speaker of the quote', () => {
    const article = analyze(
      'Council votes on budget',
      'Maria Lopez of the council and Tom Reyes said in a joint statement: "We will not accept a budget that cuts the libraries again."',
    );
    expect(attribution(article, 'We will not accept')).not.toMatchObject({ speaker: 'Maria Lopez' });
  });

  test('a clause inside the words is not an affiliation', () => {
    const article = analyze(
      'Council votes on budget',
      'Maria Lopez of the council that Tom Reyes leads said: "We will not accept a budget that cuts the libraries again."',
    );
    expect(attribution(article, 'We will not accept')).not.toMatchObject({ speaker: 'Maria Lopez' });
  });

  // Global Voices, May 2012 (CC BY 3.0), development half: a translated blog post's stray comma before the verb, and
  // the "[es]" tags its links to Spanish pages leave in the text.
  test('a comma closing the body before the verb, and language tags, leave the person the speaker', () => {
    const article = analyze(
      'Mexico: Presidential Debate Leaves Disappointment',
      'Evelyn Castillejos from the blog Merca2, mentioned [es] the impact of social media, especially Twitter, during the debate:',
      'During the broadcast of the debate there were 2,548 tweets per minute. A total of 305,824 tweets.',
    );
    expect(attribution(article, 'During the broadcast')).toMatchObject({ kind: 'direct', speaker: 'Evelyn Castillejos', resolution: 'name' });
    expect(attribution(article, 'the impact of social media')).toMatchObject({ kind: 'reported', speaker: 'Evelyn Castillejos' });
  });

  test('a tagged name and body before the verb: "Juan Perez [es] from Hazme el chingado favor [es] explained it:"', () => {
    const article = analyze('Mexico: debate', 'Juan Perez [es] from Hazme el chingado favor [es] explained it:', 'The undisputed winner was the model.');
    expect(attribution(article, 'The undisputed winner')).toMatchObject({ speaker: 'Juan Perez' });
  });

  // Global Voices, Mexico, May 2012 (CC BY 3.0), development half: "Blogger Chilakil [es] from Hazme el chingado favor [es] explained it:".
  test('a role word before the name leaves it opening the clause: "Blogger Juan Perez [es] from Hazme el chingado favor [es] explained it:"', () => {
    const article = analyze(
      'Mexico: debate',
      'The expectations were so low. Blogger Juan Perez [es] from Hazme el chingado favor [es] explained it:',
      'The undisputed winner was the model.',
    );
    expect(attribution(article, 'The undisputed winner')).toMatchObject({ speaker: 'Juan Perez' });
  });

  test('a comma after the body followed by another subject leaves the named person no speaker', () => {
    const article = analyze(
      'Council votes on budget',
      'Tom Reyes of the union, and the mayor said: "We will not accept a budget that cuts the libraries again."',
    );
    expect(attribution(article, 'We will not accept')).not.toMatchObject({ speaker: 'Tom Reyes' });
  });
  // Wikinews, 2017 (CC BY 2.5), development half: wikinews-travel-ban-2-exempts-iraqis-us-permanent-residents-2017-03-06
  // and wikinews-trump-defends-sharing-classified-information-russians-2017-05-16.
  test.each([
    ['Representative Andre Carson of Indiana, who is Muslim, referred to this as "Muslim ban 2.0" on Twitter.', 'Muslim ban 2.0', 'Andre Carson'],
    [
      'Republican Senator Bob Corker of Tennessee, noting he was not present at the meeting and did not personally know if President Trump actually compromised the source, said, "To compromise a source is something that you just don\'t do, and that\'s why we keep the information that we get from intelligence sources so close as to prevent that from happening."',
      'To compromise a source',
      'Bob Corker',
    ],
  ])('a clause about the person set off by commas before the verb leaves the person the speaker: %s', (paragraph, quote, speaker) => {
    expect(attribution(analyze('Headline of the article', paragraph), quote)).toMatchObject({ kind: 'direct', speaker, resolution: 'name' });
  });

  test('a clause set off with "which" is about the body, and the person after it leaves the name no speaker', () => {
    const article = analyze(
      'Council votes on budget',
      'Maria Lopez of the council, which Tom Reyes leads, said: "We will not accept a budget that cuts the libraries again."',
    );
    expect(attribution(article, 'We will not accept')).not.toMatchObject({ speaker: 'Maria Lopez' });
  });
});
