import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { analyze, attribution } from './helpers';

// rivalSpeaker.ts: a second speaker named after the subject of the sentence before is whom a he/she means
// (`laterSpeaker`, Muzny et al. 2017's preference for the previous speaker); two such speakers leave it to no one.

test('"He" after a sentence where a second man speaks after its subject is that man (fresh: Wikinews 2019, Koszalin escape room fire)', () => {
  const article = analyze(
    'Escape room fire kills five teen girls in Koszalin, Poland',
    'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire".',
  );
  expect(attribution(article, 'I want to express my sympathy')).toMatchObject({ speaker: 'Joachim Brudziński', resolution: 'pronoun' });
});

// wikinews-south-american-leaders-end-border-dispute-2008-03-08 (development half).
const CORREA = [
  'South American leaders end border dispute',
  '"With the commitment of never attacking a brother country again and by asking forgiveness, we can consider this very serious incident resolved," said Ecuadorian president Rafael Correa, as the other Latin American leaders applauded.',
  'The Rio Group summit, which included 20 Latin American nations, was originally planned to discuss other issues such as energy, but it soon erupted into a series of verbal attacks between Correa and Colombian president Álvaro Uribe.',
  'At the summit, Uribe charged Correa\'s government of having links with the FARC rebels, a charge that Correa quickly denied. "I cannot accept Uribe\'s lies," he said. "These hands are not tainted with blood." He admitted there had been communication with the FARC, but only regarding the release of hostages held by the rebels, including French-Colombian politician Íngrid Betancourt.',
];

test('"a charge that Correa quickly denied. "…," he said": the he is Correa, who speaks last, not the subject Uribe', () => {
  const article = analyze(...(CORREA as [string, ...Array<string>]));
  expect(attribution(article, "I cannot accept Uribe's lies")).toMatchObject({ kind: 'direct', speaker: 'Rafael Correa', resolution: 'pronoun' });
});

test('the preference names its own sieve, so that calibration measures it apart', () => {
  const keys = new Map<string, string>();
  const article = analyzeArticle(CORREA.join('\n\n'), { publishedOn: '2008-03-08', onAttribution: (id, key) => keys.set(id, key) });
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith("I cannot accept Uribe's lies"));
  expect(keys.get(quote?.id ?? '')).toBe('later-speaker/pronoun');
});

// wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-01-27 (development half since session 37).
test('"Trump asked Vice President Mike Pence to attend the march. "…" he told the crowd": the one sent to speak', () => {
  const article = analyze(
    'Anti-abortion March for Life draws thousands in Washington, D.C.',
    "Donald Trump has recently reversed Barack Obama's repeal of a global funding ban, which prohibits the use of U.S. funds for any organization that provides or counsels for abortions abroad.",
    'Trump specifically asked Vice President Mike Pence to attend the march. "Life is winning in America!" he told the crowd, noting that he serves under "a president who I proudly say stands for the right to life."',
  );
  expect(attribution(article, 'Life is winning in America!')).toMatchObject({ kind: 'direct', speaker: 'Mike Pence' });
});

// Near miss, on the Koszalin sentence: two later men who speak leave the he to neither, nor to the subject.
test('two later speakers of the pronoun\'s gender leave the "He" to no one', () => {
  const article = analyze(
    'Escape room fire kills five teen girls in Koszalin, Poland',
    'President Andrzej Duda said the victims were "joyful girls starting out in life" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks and Prime Minister Mateusz Morawiecki said he would visit the town. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire".',
  );
  expect(attribution(article, 'I want to express my sympathy').speaker).toBeNull();
});

// wikinews-ingrid-betancourt-returns-to-france-2008-07-04 (development half): "She called on Sarkozy to continue …" sends a
// man; the she stays hers.
test('"She called on Sarkozy to continue working …" leaves the next "she stated" to the woman', () => {
  const article = analyze(
    'Ingrid Betancourt returns to France',
    '"It\'s a completely hostile environment with dangerous animals," Betancourt said. "The most dangerous, of course, is man."',
    'She called on Sarkozy to continue working toward freeing the hostages who were left behind. "We cannot leave them there where they are suffering, where they are alone," she stated, saying that some of them are contemplating suicide.',
  );
  expect(attribution(article, 'We cannot leave them there')).toMatchObject({ kind: 'direct', speaker: 'Ingrid Betancourt' });
});
