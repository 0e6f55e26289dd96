/**
 * Writes a long, realistic news article for benchmarks: wire-style paragraphs with direct and reported
 * quotes in the shapes real reporting uses, many speakers with titles, pronouns and dates. Deterministic.
 */
export interface LongArticleOptions {
  paragraphs: number;
  speakers: number;
  seed?: number;
}

const FIRST = [
  'Anna',
  'Dmitry',
  'Maria',
  'Kassym',
  'Li',
  'Olena',
  'James',
  'Fatima',
  'Carlos',
  'Priya',
  'Tomas',
  'Amara',
  'Henrik',
  'Yuki',
  'Omar',
  'Sofia',
  'Ravi',
  'Elena',
  'Kwame',
  'Ines',
];
const LAST = [
  'Petrova',
  'Sokolov',
  'Haddad',
  'Okafor',
  'Lindqvist',
  'Nakamura',
  'Ruiz',
  'Keller',
  'Menon',
  'Whitfield',
  'Castellanos',
  'Natarajan',
  'Mensah',
  'Kowalski',
  'Silva',
  'Brennan',
  'Tanaka',
  'Novak',
  'Adeyemi',
  'Moreau',
];
const TITLES = ['Foreign Minister', 'Finance Minister', 'President', 'Prime Minister', 'Mayor', 'Senator', 'Chief Executive', 'Dr.', 'Governor', 'Ambassador'];
const ROLES = ['a spokesman for the ministry', 'an analyst at Bernstein', 'a professor of economics', 'the head of the agency', 'a senior official'];
const ORGS = [
  'the Ministry of Foreign Affairs',
  'the Kremlin',
  'the World Health Organization (WHO)',
  'the European Commission',
  'the Central Bank',
  'the Port Authority',
];
const PLACES = ['Moscow', 'Geneva', 'Brussels', 'Nairobi', 'Jakarta', 'Lima', 'Tokyo', 'Ottawa', 'Cairo', 'Warsaw'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'in January', 'last week', 'in March', 'on Feb. 3'];
const CLAUSES = [
  'the talks had made real progress on trade and energy',
  'the government would not change course before the election',
  'prices for food and fuel were likely to keep rising through the winter',
  'the agreement would be signed before the end of the year',
  'more than 2,000 people had been moved out of the flooded districts',
  'the report underestimated the cost of rebuilding the port',
  'both sides respected the principles of sovereignty and non-interference',
  'the central bank was ready to act if inflation did not slow',
];
const QUOTES = [
  'We are not going to accept a deal that leaves our farmers behind',
  'This is the most important decision we will make in a decade',
  'Nobody in that room is against progress, but we need a plan',
  'The numbers speak for themselves. We have done what we promised',
  'I have never seen anything like it in 30 years of public service',
  'Our message is simple: talk to each other, not about each other',
  'We will keep working until every family has a safe place to live',
  'It is too early to say whether the measures will work',
];
const FILLER = [
  'Analysts in {place} said the figures published {day} were broadly in line with expectations, although imports of fuel and fertiliser fell for a third month in a row.',
  'The dispute has dragged on since the summer, when a shipment of grain was held at the border for eleven days and several hauliers were fined.',
  'The meeting in {place} came after weeks of tension over tariffs and transit fees.',
  'Officials from both countries met {day} to review the first results of the programme.',
  'Markets in {place} rose slightly after the announcement, while bond yields were little changed.',
  'The plan, first proposed in 2019, has been revised three times since the pandemic.',
  'Critics say the scheme favours large companies and does little for small businesses in {place}.',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function longArticle({ paragraphs, speakers, seed = 7 }: LongArticleOptions): string {
  const next = random(seed);
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(next() * list.length)] as T;
  const people = Array.from({ length: speakers }, (_, i) => ({
    first: FIRST[i % FIRST.length] ?? 'Anna',
    last: `${LAST[(i * 7) % LAST.length] ?? 'Novak'}${i >= LAST.length ? `-${LAST[i % LAST.length]}` : ''}`,
    title: TITLES[i % TITLES.length] ?? 'Dr.',
    introduced: false,
  }));
  const name = (p: (typeof people)[number]) => {
    if (p.introduced) return p.last;
    p.introduced = true;
    return `${p.title} ${p.first} ${p.last}`;
  };
  const lines = ['Leaders trade warnings over trade, energy and the cost of living', '', 'WIRE', ''];
  const sentence = (p: (typeof people)[number]): string => {
    const fill = pick(FILLER).replace('{place}', pick(PLACES)).replace('{day}', pick(DAYS));
    const quote = pick(QUOTES);
    const clause = pick(CLAUSES);
    switch (Math.floor(next() * 14)) {
      case 0:
        return `"${quote}," ${name(p)} said ${pick(DAYS)}.`;
      case 1:
        return `"${quote}," said ${name(p)}, ${pick(ROLES)}. "${pick(QUOTES)}."`;
      case 2:
        return `${name(p)} told reporters in ${pick(PLACES)} that ${clause}, adding that ${pick(CLAUSES)}.`;
      case 3:
        return `${name(p)} noted that ${clause}. He said ${pick(CLAUSES)}.`;
      case 4:
        return `According to ${pick(ORGS)}, ${clause}. "${quote}," ${name(p)} added.`;
      case 5:
        return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}, ${name(p)} said ${pick(DAYS)}.`;
      case 6:
        return `${fill} "${quote}," ${name(p)} said.`;
      default:
        return fill;
    }
  };
  for (let i = 0; i < paragraphs; i++) {
    const p = pick(people);
    const count = 3 + Math.floor(next() * 3);
    lines.push(Array.from({ length: count }, () => sentence(p)).join(' '), '');
  }
  lines.push('(With input from Reuters)');
  return lines.join('\n');
}
