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

// wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11 (development half, session 58): "police"
// is a plural without an -s, so the unnamed speaker of "Police state" is several, no he or she.
const FOOTBALLER = "Brazilian footballer, ex-policeman among seven arrested for 'barbaric' murder";
const ACCUSED =
  'A professional football player from Brazil and a former police investigator are among seven people arrested in connection with a murder police called "barbaric". Flamengo goalkeeper, and captain, Bruno Fernandes is accused of hiring former policeman Marcos Aparecido dos Santos to kill his mistress.';
const POLICE_STATE =
  "Police say Fernandes met Eliza Samudio, 25, at a party organised by another Flamengo player last year, and spent the night with the former model and pornstar, impregnating her. Her refusal to abort the pregnancy is cited as the motive behind the killing. Samudio has been missing since June 4th. Police state she contacted them earlier to complain of violence and threats from Fernandes. He is alleged to have attacked her and tried to force her to swallow an abortion pill in a complaint filed in October. He supposedly told her, \"[y]ou don't know me and you don't know what I am capable of – I'm from the favela.\"";

test('"Police state she contacted them …. He is alleged to have attacked her …. He supposedly told her, "…"" is the man accused', () => {
  const article = analyze(FOOTBALLER, ACCUSED, POLICE_STATE);
  expect(attribution(article, "[y]ou don't know me").speaker).toBe('Bruno Fernandes');
});

// Near miss: "the chief of police" is one man the text does not name, whom the he may mean, so it names no one.
test('"The chief of police states she contacted them …. He is alleged …" leaves the he to no one', () => {
  const article = analyze(FOOTBALLER, ACCUSED, POLICE_STATE.replace('Police state she', 'The chief of police states she'));
  expect(attribution(article, "[y]ou don't know me").speaker).toBeNull();
});
