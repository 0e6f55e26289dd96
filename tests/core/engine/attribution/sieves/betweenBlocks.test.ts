import { expect, test } from 'vitest';
import { isCaption } from '../../../../../src/core/engine/attribution/sieves/betweenBlocks';
import { analyze, attribution, quotesOf } from '../helpers';

test('a picture word in prose makes no caption, while a caption keeps its shapes (gv-nigeria-rashidi-yekini-obituary, gv-singapore-code-of-conduct)', () => {
  expect(
    isCaption(
      'Accounts from neighbours and associates paint a picture of a man who struggled with serious mental and delusional disorder after losing life savings to a bungled investment.',
    ),
  ).toBe(false);
  expect(isCaption("Rashidi Yekini - Nigeria's soccer legend. Photo source goal.com.")).toBe(true);
  expect(isCaption('No to Internet Code of Conduct image')).toBe(true);
  expect(
    isCaption('Russian politician, Yuri Chaika, 8 December 2009, photo by Russian Presidential Press and Information Office, CC BY-SA 3.0; Wikimedia Commons.'),
  ).toBe(true);
});

// Global Voices (CC BY 3.0), development half: Armenia, May 2012.
test("a photo's caption credited after a copyright sign is no quote, though it stands inside a blogger's block quotation", () => {
  expect(isCaption('Fire damaged bar, D.I.Y., Yerevan, Armenia © Nairi Hakhverdi')).toBe(true);
  const article = analyze(
    'Armenia: Bar Targeted By Suspected Nationalists In Arson Attack',
    'Unzipped: Gay Armenia also made a post, noting how the attack coincided with Victory in Europe Day:',
    'On 8 May 2012 when countries in Europe, former Soviet Union and elsewhere started marking the anniversary of the end of World War II, Armenian neo-nazi elements decided to mark it with an attack towards the oasis of freedom in Yerevan, my favourite venue - DIY bar. A place, where all the alternative types feel at home.',
    '[...]',
    'It took the police 12 hours (!) to finally show up and take the matters seriously. Good news is that thanks to CCTV image and insights provided by DIY owners and employees, at least 2 suspects have now been detained (at the time of writing this post).',
    'Fire damaged bar, D.I.Y., Yerevan, Armenia © Nairi Hakhverdi',
    'Ianyan made specific mention of a campaign to raise money to pay for repairs:',
  );
  expect(attribution(article, 'It took the police').speaker).toBe('Unzipped: Gay Armenia');
  expect(quotesOf(article).some((q) => q.text.includes('Fire damaged bar'))).toBe(false);
});

test("'The blogger (along with others) went on to describe …, adding:' goes on with the blog quoted before (gv-caribbean-mothers-day-bloggers-2012-05-15)", () => {
  const article = analyze(
    'Caribbean: Mothers Day',
    'Notes from the Cuban Exile Quarter reported on a march in honour of the memory of Laura Pollan:',
    'Despite threats, harassment, and scores of women detained by State Security 68 Ladies in White following mass walked through Fifth Avenue in the west of Havana.',
    'The blogger (along with others) went on to describe several cases of women being detained and threatened, adding:',
    'It is also important to remember that Cuban mothers are spending Mothers Day in prison for defending the human rights of the Cuban people.',
  );
  expect(attribution(article, 'It is also important').speaker).toBe('Notes from the Cuban Exile Quarter');
});

test("'The story continues:' goes on with the outlet whose report the block before quoted (gv-zambia-fuel-shortages-malawi-donation-2012-05-21)", () => {
  const article = analyze(
    'Zambia: Tensions Continue Over Severe Fuel Shortages',
    'The Zambian Watchdog reports:',
    'The crude oil importation deals entered by the PF government are finally being felt in various parts of the country through fuel shortages.',
    'The story continues:',
    'Sources in the Ministry of Energy have told the Watchdog that the situation is likely to worsen.',
  );
  expect(attribution(article, 'Sources in the Ministry').speaker).toBe('Zambian Watchdog');
});

test("'The story continues:' with no block quotation before it gives the words to no one", () => {
  const article = analyze(
    'Zambia: Fuel',
    'Motorists have queued for four days in Kabwe.',
    'The story continues:',
    'Sources in the Ministry of Energy say the situation will worsen.',
  );
  expect(attribution(article, 'Sources in the Ministry').speaker).toBeNull();
});

// The Zambian Watchdog's report of gv-zambia-fuel-shortages-malawi-donation-2012-05-21, then a cue by which the piece
// gives the floor to someone else.
test.each([
  ['The story goes on to quote Energy Minister Yamfwa Mukanga:', 'There is no fuel crisis in this country and there will be none.'],
  ['The article went on to cite a statement from the Ministry of Energy:', 'There is no fuel crisis in this country and there will be none.'],
  ['The blogger went on to ask a filling station attendant in Kabwe, who replied:', 'We have not had petrol for four days now.'],
  ['The report then went on to describe what a motorist in Kabwe told the paper:', 'We have not had petrol for four days now.'],
])("'%s' hands the words after it to someone else, not to the outlet the block before quoted", (cue, words) => {
  const article = analyze(
    'Zambia: Fuel Shortages and a Donation from Malawi',
    'The Zambian Watchdog reports:',
    'The crude oil importation deals entered by the PF government are finally being felt in various parts of the country through fuel shortages.',
    cue,
    words,
  );
  expect(attribution(article, words.slice(0, 20)).speaker).not.toBe('Zambian Watchdog');
});

// Global Voices (CC BY 3.0), development half: "Switzerland: An Initiative to Establish Basic Income for All", May 2012.
test('"He added:" after the quoted post of the man who wrote it goes on with his words', () => {
  const article = analyze(
    'Switzerland: An Initiative to Establish Basic Income for All',
    'But not everyone is convinced by the idea. According to Jean Christophe Schwaab, a member of Switzerland\'s lower house of representatives, socialists must not support the proposition, which he judges will "do more harm than good and be a disaster for employees". He gave the following explanation on his blog [fr]:',
    'Supporters of a basic income claim that it must "free people from the obligation of earning a living" and lead to the disappearance of unstable or poorly paid employment, because, as this basic income guarantees a minimum living wage, no one will want these jobs. Now, it\'s more than likely to produce the opposite effect. As the low level of the payouts will not be sufficient to satisfy the initiative\'s primary objective, namely ensure a decent standard of living, the beneficiaries will be obliged to work anyway, despite the basic income. The pressure to accept any available job will not go away.',
    'He added:',
    'Lastly, an unconditional basic income would, worst of all, permanently exclude a good number of workers from the job market (by denying their right to work): those who are judged to have insufficient earning potential (e.g. due to disability, illness or lack of qualifications) will just have to content themselves with the basic income.',
  );
  expect(attribution(article, 'Lastly, an unconditional basic income')).toMatchObject({ kind: 'direct', speaker: 'Jean Christophe Schwaab' });
});

// Global Voices (CC BY 3.0), development half: "Lesotho: 2012 General Election Date Set", May 2012: its block quotations
// after a lead-in that names a second man beside a source the text gives no gender.
test('"He added:" after a block whose lead-in names another man beside its source, of no stated gender, stays unattributed', () => {
  const block = 'Elections are upon us in Lesotho. The scheduled date of national elections is May 26th. Parties are in full swing with events and meetings.';
  const next =
    'Lesotho’s election is more than a contested vote in a remote country rarely heard from. It comes on the heels of successful elections across the continent.';
  const article = analyze(
    'Lesotho: 2012 General Election Date Set',
    'Blogger Nadia Aziz met Prime Minister Mosisili at the rally. Aziz wrote:',
    block,
    'He added:',
    next,
  );
  expect(attribution(article, 'Elections are upon us').speaker).toBe('Nadia Aziz');
  expect(quotesOf(article).find((q) => q.text.startsWith('Lesotho’s election is more'))?.speakerId ?? null).toBeNull();
});
