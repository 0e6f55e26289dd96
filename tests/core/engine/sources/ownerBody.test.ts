import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { namesOwnerBody } from '../../../../src/core/engine/sources/ownerBody';

describe('the head or officer of a body the text names by its kind speaks for it', () => {
  test.each([
    // voa-zimbabwe-war-vets-leader-corruption-campaign-2007-10-12: "the organization's chairman, Jabulani Sibanda, said Friday".
    ["the organization's chairman"],
    // wikinews-renewed-concern-nuclear-response-atomic-bomb-anniversary-2011-08-11: "says Sean Bonner, the group’s director".
    ['the group’s director'],
    // wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06: a party's chairman, not its leader.
    ['party chairman'],
    // voa-zimbabwe-war-vets-leader-corruption-campaign-2007-10-12: one word between the body and the role.
    ["the party's national chairman"],
    // A party's officer, as the guide's "a party officer is a `spokesperson` source" has it.
    ["the party's general secretary"],
  ])('"%s" is a spokesperson', (phrase) => {
    expect(typeOfPhrase(phrase)).toBe('spokesperson');
  });

  test("a party's leader stays an official, as the guide's party office holders are", () => {
    expect(typeOfPhrase("the party's leader")).toBe('official');
  });

  test('a country named by its kind is no body of people (gv-malawi-bloggers-joyce-banda-2012-05-01: "took over as the country\'s leader")', () => {
    expect(typeOfPhrase("the country's leader")).toBeNull();
  });

  test('a title and a former head say nothing of the kind', () => {
    expect(typeOfPhrase("the group's secretary")).toBeNull();
    expect(typeOfPhrase("the group's former director")).toBeNull();
  });

  test('the body must stand right before the role, at most one word between', () => {
    expect(namesOwnerBody(['the', "organization's", 'chairman'], 2)).toBe(true);
    expect(namesOwnerBody(['a', 'group', 'of', 'local', 'chairman'], 4)).toBe(false);
  });
});
