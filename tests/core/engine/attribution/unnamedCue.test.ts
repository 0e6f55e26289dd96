import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// unnamedCue.ts and coreference.ts: a sentence whose quote has a speaker the text does not name holds the previous
// speaker (Muzny et al. 2017), whom a he or she after it may mean; the pronoun then names no one.

const HEADLINE = 'Peru: Controversy Over Banning of Popular Priest';
// gv-peru-priest-gaston-garatea-banned-2012-05-21 (development half).
const OPENING =
  'On Friday May 11, 2012, local online edition of newspapers [es] broke the news that the Cardinal Priest and Archbishop of Lima, Juan Luis Cipriani, had decided not to renew the ministerial license for Father Gaston Garatea [es], a well-known Peruvian priest from the Congregation of the Sacred Hearts of Jesus and Mary. Father Gaston communicated he will abide by that decision.';
const DECLARED =
  '"It\'s not just about the latest statement on ‘gay marriage’ [es], which he said and now pretends to say he meant the civil contract. Back then he said ‘gay marriage ’, and if he says now he was refering to the civil contract, technically it\'s the same thing. The only thing he is doing is disguising a doctrine that is contrary to the Church [es]", he declared.';

test('"[The source] also remarked that Father Garatea has made …. "…," he declared": not Garatea, whom the source speaks of', () => {
  const article = analyze(
    HEADLINE,
    OPENING,
    '[The source] also remarked that Father Garatea has made "countless statements against (the Catholic doctrine), although today there is an intention to sugar coat it".',
    DECLARED,
  );
  expect(attribution(article, "It's not just about the latest statement").speaker).toBeNull();
});

// Near miss: the remark's speaker is named, so the he is that man, the previous speaker.
test('a named speaker of the remark before is the he that follows', () => {
  const article = analyze(
    HEADLINE,
    OPENING,
    'Father Jose Chuquillanqui also remarked that Father Garatea has made "countless statements against (the Catholic doctrine), although today there is an intention to sugar coat it".',
    DECLARED,
  );
  expect(attribution(article, "It's not just about the latest statement").speaker).toBe('Jose Chuquillanqui');
});

// Near miss, wikinews-mugabe-open-to-talks-zimbabwe-opposition-2008-06-26 (development half): the cue's subject is a
// group ("leaders have called for"), no one speaker a he may mean, so the he stays the man named after it.
test('a group as the unnamed subject ("Many southern African leaders have called for …, but Matonga says …") keeps the he', () => {
  const article = analyze(
    "Mugabe says he's open to talks with Zimbabwe opposition",
    "Deputy Information Minister Bright Matonga later clarified the president's comments. \"What the president is saying to the MDC is that 'You are Zimbabweans. We want you to be part of this. We are willing to talk to you but let's finish this first.\" Matonga did not say how soon after the election the talks would take place.",
    'Many southern African leaders have called for Zimbabwe to postpone the election, but Matonga says to do so would be illegal. "The president has said today that the election will go ahead because to postpone it would violate Zimbabwe\'s laws and he won\'t do that," he said.',
  );
  expect(attribution(article, 'The president has said today').speaker).toBe('Bright Matonga');
});
