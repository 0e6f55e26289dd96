import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';

// phraseType.ts: the source type the role words of one phrase give. Phrases as the development half and the fresh
// Wikinews, NASA and digital.gov pages write them.

describe('the type a role phrase gives', () => {
  test.each([
    ['Russian President', 'official'],
    ['Commerce Secretary', 'official'],
    ['the Secretary of Justice for Puerto Rico', 'official'],
    ['a spokeswoman for the ministry', 'spokesperson'],
    ['president of BEAM', 'spokesperson'],
    ['CEO of the Refugee Council', 'spokesperson'],
    ['professor of biology at Ledger University', 'expert'],
  ] as const)('"%s" is %s', (phrase, type) => {
    expect(typeOfPhrase(phrase)).toBe(type);
  });

  test.each([
    ["the party's general secretary", 'a title in lower case with no government around it'],
    ['a friend of the Russian president', 'the role is its complement’s, not the head’s'],
    ['a 63-year-old ex-founder and CEO of Bio Economic Research Associates', 'who headed a body no longer speaks for it'],
    ['the tallest of them', 'no role word'],
  ])('"%s" gives no type: %s', (phrase) => {
    expect(typeOfPhrase(phrase)).toBeNull();
  });

  test('a role the word before the phrase calls former is held no longer: the speaker is a citizen', () => {
    expect(typeOfPhrase('US Ambassador to the United Nations', 'Former')).toBe('citizen');
  });
});
