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

// A neighbour plainly a person by more than its name's shape: a lone surname under its title (wikinews-bush-starts-africa-
// trip-benin-2008-02-16, English Wikinews, CC BY 2.5), or a full name the article goes on to call by its surname
// (gv-armenia-firebombers-released-bail-2012-05-16, Global Voices, CC BY 3.0). Neither opens with a given name the lists know.
test.each([
  [
    ['She has been talking to President Kibaki and Raila Odinga before the election, right on the eve of the announcement, immediately after that.'],
    'Raila Odinga',
  ],
  [
    [
      'Of concern to some observers, however, was that bail was posted by Artsvik Minasyan and Hrayr Karapetyan, two MPs from the Armenian Revolutionary Federation-Dashnaktsutyun (ARF-D). Moreover, fuelling worries about the rise of nationalism in the country, Minasyan was quoted by the local media as saying that the two brothers were "normal people," had acted "in the right way in the context of societal & national ideology," and that one of the bar owners, Tsomak Oganesova, "destroys Armenian society."',
      'Basically, Armenian MP of ARF Dashnaktsutyun party Artsvik Minasyan supports and encourages terrorism in Armenia.',
    ],
    'Hrayr Karapetyan',
  ],
])('a name listed next to a person called by surname alone, or a surname found under its title, is a person: %s', (texts, name) => {
  expect(peopleIn(...texts)).toContain(name);
});

test('near miss: a neighbour named once, never by its surname alone, with no known given name, spreads nothing', () => {
  expect(peopleIn('Of concern to some observers, however, was that bail was posted by Artsvik Minasyan and Hrayr Karapetyan.')).not.toContain(
    'Hrayr Karapetyan',
  );
});
