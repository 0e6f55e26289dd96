import { expect, test } from 'vitest';
import { breaksOff, insertsWords } from '../../../../../src/core/engine/attribution/sieves/editedQuotation';
import { analyze, quotesOf } from '../helpers';

// sieves/editedQuotation.ts: a paragraph after a block quotation that the editor glossed in brackets, or that finishes a
// sentence the paragraph before broke off, is still the quotation's. Sentences from Global Voices (development half).

test("an editor's gloss in brackets marks someone else's words, a language tag or a note does not", () => {
  // gv-zambia-fuel-shortages-malawi-donation-2012-05-21
  expect(insertsWords('The PF [ruling Patriotic Front] government is giving a few litres of fuel to selected oil marketing companies.')).toBe(true);
  // gv-south-korea-podcasters-questioned-police-2012-05-21
  expect(
    insertsWords(
      "When I look at these politicized prosecutors and parachute election commission people [the 'parachute' refers to people who were assigned to the post by someone 'higher'], it makes me doubt.",
    ),
  ).toBe(true);
  // gv-ukraine-lukyanivska-prison-2012-05-02, gv-spain-barcelona-ecb-meeting-police-2012-05-07
  expect(insertsWords("On April 2, the Ukrainian TV channel TVi aired Kostiantyn Usov's documentary [uk, ru] about the prison.")).toBe(false);
  expect(insertsWords('@Acampadabcn [es/ca]: Don’t forget to show your rejection to the ECB at 9:00 p.m.')).toBe(false);
  // gv-china-beijing-daily-gary-locke-propaganda-2012-05-15, gv-brazil-racial-quotas-higher-education-2012-05-07
  expect(insertsWords('In early morning the next day, the newspapers removed its comment and re-post the same comment [deleted].')).toBe(false);
  expect(insertsWords('[All links lead to Portuguese language pages except when otherwise noted]')).toBe(false);
  expect(insertsWords('[...] Russia actively tracks the current events thanks to your website.')).toBe(false);
});

test('a paragraph that stops on a word no sentence ends on breaks off in mid-sentence', () => {
  // gv-zambia-netizens-question-judges-suspensions-2012-05-10
  expect(breaksOff('THE APPOINTMENT BY PRESIDENT MICHAEL SATA OF A JUDICIAL TRIBUNAL TO')).toBe(true);
  // gv-zambia-netizens-question-judges-suspensions-2012-05-10: the Independent Post's last paragraph, unpunctuated but whole.
  expect(
    breaksOff('A fortnight ago, Mutuna delivered a landmark judgement in which he ordered The Post and JCN to pay back K14 billion   which they owe'),
  ).toBe(false);
  expect(breaksOff('Dear fellow citizens, the only thing Serbia needs are CHANGES.')).toBe(false);
  expect(breaksOff(undefined)).toBe(false);
});

test("a statement's sentence carried over into the next paragraph is the same speaker's quotation", () => {
  // gv-zambia-netizens-question-judges-suspensions-2012-05-10
  const article = analyze(
    'Zambia: Netizens Question Judges’ Suspensions',
    'Opposition National Restoration Party president and lawyer, Elias Chipimo Jr, whose speech one citizen newspaper claimed had been distorted by state owned media, said at a press briefing that was reproduced on Facebook:',
    'THE APPOINTMENT BY PRESIDENT MICHAEL SATA OF A JUDICIAL TRIBUNAL TO',
    'LOOK INTO THE ACTIONS OF A JUDGE OF THE SUPREME COURT AND 2 JUDGES OF THE HIGH COURT COUPLED WITH HIS DECISION TO SUSPEND THESE JUDGES PENDING THE OUTCOME OF THE TRIBUNAL HEARINGS, IS BASED UPON A COMPLAINT FROM PERSONS CONSIDERED PUBLICLY TO BE CLOSE ASSOCIATES OF THE PRESIDENT.',
    'Another politician and lawyer, Sakwiba Sikota, a State Counsel equivalent to a Queen’s Counsel in Britain, told an internet-based citizen radio, CrossFire Blogtalkradio, that there was an “incestuous relationship” between the complainants and the appointing authority.',
  );
  const speaker = (start: string) => quotesOf(article).find((q) => q.text.startsWith(start))?.speakerId;
  expect(speaker('THE APPOINTMENT')).toBeDefined();
  expect(speaker('LOOK INTO')).toBe(speaker('THE APPOINTMENT'));
  expect(quotesOf(article).some((q) => q.text.startsWith('Another politician'))).toBe(false);
});

test("a news story's paragraph with the blogger's gloss in brackets goes on with the story's quotation", () => {
  // gv-zambia-fuel-shortages-malawi-donation-2012-05-21, the Watchdog's name moved into the cue
  const article = analyze(
    'Zambia: Fuel Shortages After Malawi Donation',
    'The Zambian Watchdog reports:',
    'The crude oil importation deals entered by the PF government are finally being felt in various parts of the country through fuel shortages.',
    'The PF [ruling Patriotic Front] government is giving a few litres of fuel to selected oil marketing companies for the Zambia consumers and industries as they also have to fulfil the fuel promise to Malawi.',
    'Rio, Zambian Watchdog reader, responds:',
    'It is not only Kabwe; some filling stations in Ndola have either no diesel or Petrol: I filled up my fuel tanks for the cars to be safe!',
  );
  const speaker = (start: string) => quotesOf(article).find((q) => q.text.startsWith(start))?.speakerId;
  expect(speaker('The crude oil')).toBeDefined();
  expect(speaker('The PF [ruling')).toBe(speaker('The crude oil'));
});
