import { analyze, attribution } from './helpers';

// modifiedHead.ts: a person at the head of the sentence, whose modifiers hold no verb and no clause, is the subject of the
// speech verb they run to. Sentences from the development half of tests/fixtures/real, quoted exactly.

// wikinews-gay-iranian-awaits-decision-asylum-2008-03-14: the body in apposition ("Stonewall") is no entity.
test('"Ben Summerskill of the British gay rights organization, Stonewall, said:" is Summerskill\'s', () => {
  const article = analyze(
    'Gay Iranian awaits decision on asylum',
    'Ben Summerskill of the British gay rights organization, Stonewall, said: "We are obviously delighted that the home secretary has listened to the representations that were made in this case ... There are overwhelming reasons why people should not be deported to Iran in the current circumstances, and it is important that Britain is seen as a safe haven."',
  );
  expect(attribution(article, 'We are obviously delighted')).toMatchObject({ kind: 'direct', speaker: 'Ben Summerskill' });
});

// wikinews-argentinian-workers-preparing-to-defend-control-of-factory-2005-04-26: the appositive is left unclosed.
test('"Esteban Magnani, author of El Cambio Silencioso (The Silent Change), a book about … in Argentina told UpsideDownWorld.org," is Magnani\'s', () => {
  const article = analyze(
    'Argentinian workers preparing to defend control of factory',
    'Esteban Magnani, author of El Cambio Silencioso (The Silent Change), a book about worker cooperatives in Argentina told UpsideDownWorld.org, "In Neuquen you have Jorge Sobisch, a right wing governor who wants to be the new [President] Carlos Menem ... wants to show how tough he is."',
  );
  expect(attribution(article, 'In Neuquen you have')).toMatchObject({ kind: 'direct', speaker: 'Esteban Magnani' });
});

// wikinews-venezuelan-president-chavez-criticises-bush-un-address-2006-09-22: a relative clause with its own verb and
// another person between the head and the verb is no modifier; the words are never Chavez's.
test('"Rep. Charles Rangel (Democrats) who represents … which Chavez recently visited said" is not read past its clauses', () => {
  const article = analyze(
    'Venezuelan President Chavez criticises Bush in UN address',
    'Rep. Charles Rangel (Democrats) who represents a New York City neighborhood which Chavez recently visited said "I just want to make it abundantly clear to Hugo Chavez or any other president - don\'t come to the United States and think because we have problems with our president that any foreigner can come to our country."',
  );
  expect(attribution(article, 'I just want to make it').speaker).not.toBe('Hugo Chavez');
});
