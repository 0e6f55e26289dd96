import { analyze } from '../attribution/helpers';

// sources/subjectPronoun.ts: a pronoun later in a sentence whose subject a person is states that person's gender,
// unless the words just before already used it of someone else. Sentences copied from the dev half of tests/fixtures/real.

function genderOf(paragraphs: Array<string>, name: string): [string | undefined, string | undefined] {
  const [headline = '', ...rest] = paragraphs;
  const entity = analyze(headline, ...rest).entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}"`);
  return [entity.gender, entity.genderEvidence?.text];
}

test('a her that the sentence before used of a woman says nothing of the man who writes asking to waive it (wikinews-uk-urges-us-waive-immunity-diplomats-wife)', () => {
  const [gender] = genderOf(
    [
      "UK urges US to waive immunity for diplomat's wife",
      "Despite the assurances, she and her husband Jonathan Socoolas left the country, police revealed on Saturday. Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity. Both he and the county's Police and Crime Commissioner Stephen Mold, urged the immunity be waived. The embassy declined the request and said the Socoolas family left per advice from the United States Department of State.",
    ],
    'Nick Adderley',
  );
  expect(gender).not.toBe('woman');
});

test('a his in the name’s own who-clause stays theirs though another man’s his came just before (wikinews-bystanders-foil-knife-attacker-london-bridge)', () => {
  expect(
    genderOf(
      [
        'Bystanders foil knife attacker on London Bridge',
        'One of the men who held Khan down was James Ford, 42, a convicted murderer approaching the end of his sentence at an open prison. Another was tour manager Thomas Gray, 24, who cited only his experience with the sport of rugby: "\'one in, all in\'. I did what any Londoner would do and tried to put a stop to it."',
      ],
      'Thomas Gray',
    ),
  ).toEqual(['man', 'his']);
});
