import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// rolesAroundNames.ts: the role nouns written next to a person's name are the person's role.

const roleWordsOf = (name: string, ...texts: Array<string>) => [
  ...(findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.roleWords ?? []),
];

describe('roles around names', () => {
  // The development half: gv-indonesia-governor-middle-finger.
  test('a title a possessive sets before the name with a comma is the person\'s: "Jakarta\'s Governor, Fauzi Bowo"', () => {
    const text =
      "In the heat of his run for second term as Jakarta's Governor, Fauzi Bowo sparked controversy when netizens exposed his picture giving a middle-finger salute.";
    expect(roleWordsOf('Fauzi Bowo', text)).toContain('governor');
  });

  // The development half: gv-malawi-banda-promises-lift-homosexuality-ban.
  test('a role after the name that "from" a place follows is the person\'s: "Seba Space, LGBT blogger from Uganda"', () => {
    const text = "Seba Space, LGBT blogger from Uganda, believes that Joyce Banda's heart is in the right place:";
    expect(roleWordsOf('Seba Space', text)).toContain('blogger');
  });

  // The development half: wikinews-hungarian-state-firm-acquires-hirtenberger-defence; "the commissioner stated" later is his.
  test('a role after the name up to what it is responsible for is the person\'s: "Gáspár Maróth, the Hungarian Government commissioner responsible for defence"', () => {
    const text =
      'The November 4 issue of Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government commissioner responsible for defence, defence industries and coordinating defence modernization.';
    expect(roleWordsOf('Gáspár Maróth', text)).toContain('commissioner');
  });

  test('a role before a comma with no possessive is not the name after it ("After meeting the governor, Dana Lutz said")', () => {
    expect(roleWordsOf('Dana Lutz', 'After meeting the governor, Dana Lutz said the budget would pass.')).not.toContain('governor');
  });

  // Fresh Wikinews (El Paso shooting): "according to" is the source's lead-in, not words of the title.
  test('"according to prosecutor Josh Bash" gives the role "prosecutor", without "according to"', () => {
    const { entities } = findEntities(['A headline about the news', 'The shooting is domestic terrorism, according to prosecutor Josh Bash.'], 0);
    expect(entities.find((e) => e.name === 'Josh Bash')?.role).toBe('prosecutor');
  });

  // The development half: wikinews-brazilian-footballer-ex-policeman-arrested-barbaric-murder-2010-07-11.
  test('a relative pronoun before a lower-case title is no word of the role: "who present president Luiz Inacio Lula da Silva"', () => {
    const text = 'Dilma Rousseff, who present president Luiz Inacio Lula da Silva wishes to succeed him, said "[t]his is a barbaric crime."';
    const { entities } = findEntities(['A headline about the news', text], 0);
    expect(entities.find((e) => e.name === 'Luiz Inacio Lula da Silva')?.role).toBe('present president');
    expect(roleWordsOf('Luiz Inacio Lula da Silva', 'The man whom spokesman Luiz Inacio Lula da Silva named was late.')).toContain('spokesman');
  });

  // The development half: gv-palestine-prisoners-hunger-strike-agreement-2012-05-21.
  test('a role before the name does not reach back into the sentence before ("#PalHunger. Palestinian blogger and activist Linah Al Saafin")', () => {
    const text =
      'Additionally, almost instantaneous updates on the strike were provided on Twitter under the hashtag #PalHunger. Palestinian blogger and activist Linah Al Saafin confirmed that Thaer Halahleh, a prisoner on hunger strike for 77 days, ended his strike following the agreement:';
    const { entities } = findEntities(['A headline about the news', text], 0);
    const mention = entities.find((e) => e.name === 'Linah Al Saafin')?.mentions[0];
    expect(text.slice(mention?.start, mention?.end)).toBe('Palestinian blogger and activist Linah Al Saafin');
  });
  // voa-zimbabwe-mutambara-undoes-opposition-unification-2007-07-30 (development half, blind gold of session 32).
  test('a speech verb opening the sentence is no part of the role: "Commented Tsvangirai spokesman Nelson Chamisa:"', () => {
    const text =
      'Commented Tsvangirai spokesman Nelson Chamisa: "We believe in unity of purpose and we hope people will realize that the enemy is Mugabe and not Tsvangirai.”';
    const chamisa = findEntities(['A headline about the news', text], 0).entities.find((e) => e.name === 'Nelson Chamisa');
    expect(chamisa?.role).toBe('Tsvangirai spokesman');
    expect(text.slice(chamisa?.mentions[0]?.start, chamisa?.mentions[0]?.end)).toBe('Tsvangirai spokesman Nelson Chamisa');
  });

  // The development half: wikinews-40th-ariane-5-launches-protostar-1-badr-6-satellites-2008-07-07 and
  // wikinews-australian-children-iodine-deficiency-2006-02-23. Without the role, "The programme manager stated" a
  // sentence later was read as a second reference to Phillip Father.
  test.each([
    ['Phillip Father, the President of ProtoStar, thanked Arianespace for the launch.', 'Phillip Father', 'president'],
    [
      'Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial that children have an adequate intake of iodine.',
      'Cres Eastman',
      'director',
    ],
  ])('a capitalised title after the name is the person\'s role too: "%s"', (text, name, role) => {
    expect(roleWordsOf(name, text)).toContain(role);
  });

  test('a capitalised word after the name that is no role noun gives no role ("Ellen Ward, the Times of London, reported")', () => {
    expect(roleWordsOf('Ellen Ward', 'Ellen Ward, the Times of London, reported that the talks had failed.')).toEqual([]);
  });
});
