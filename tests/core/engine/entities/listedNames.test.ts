import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Lines from fresh GSA and NASA pages and a Global Voices post (public domain / CC BY), in neither half of
// tests/fixtures/real.
const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  ['Find Your Park has been promoted by five celebrity ambassadors: Terrence J, Mary Lambert, Bill Nye, Roselyn Sánchez, and Bella Thorne.', 'Roselyn Sánchez'],
  ['This was after the gay couple, Steven Monjenza and Towonge Chimbalanga, hosted an engagement ceremony.', 'Towonge Chimbalanga'],
  [
    'We remember the crew of Columbia – Rick Husband, William McCool, Michael Anderson, Ilan Ramon, David Brown, Laurel Clark, and Kalpana Chawla.',
    'Ilan Ramon',
  ],
])('a name listed next to a person is a person: %s', (text, name) => {
  expect(peopleIn(text)).toContain(name);
});

test.each([
  ['A quote from the inventor of the World Wide Web, Tim Berners-Lee, sums it up.', 'World Wide Web'],
  ['Amber Imai-Hong, Mahina Aerospace', 'Mahina Aerospace'],
  ['Pageviews doubled to over 1.1 million. Austin Hernandez, Product Design — 18F', 'Product Design'],
])('a name set off by a comma beside a person, with no list, is not made a person: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});

// usgov-nasa-eleasa-kim-cldp-payload-operations-2024-05-14, wikinews-tributes-paid-to-chadwick-boseman-2020-09-02
test.each([
  [
    'The team includes Brooke Thornton, Sherresa Lockett, April Hargrave, Phillippia Simmons, DeAnna Whitehead, Tishawn Webb, Stacey Kelley, Ginger Flores, Wendy Cruit, and Luke Bingaman.',
    ['Phillippia Simmons', 'DeAnna Whitehead', 'Tishawn Webb'],
  ],
  [
    'During ABC\'s "A Tribute For a King", Sunday evening, a number of celebrities made appearances. Oprah Winfrey, Whoopi Goldberg, Kevin Feige, Bob Iger, Robert Downey Jr., Scarlett Johansson, and others paid tribute.',
    ['Oprah Winfrey', 'Whoopi Goldberg'],
  ],
])('a list goes on from its plain names to the names next to them: %s', (text, names) => {
  expect(peopleIn(text)).toEqual(expect.arrayContaining(names));
});
