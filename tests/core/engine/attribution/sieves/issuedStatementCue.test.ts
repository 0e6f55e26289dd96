import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// issuedStatementCue.ts: a statement put out, then its words. Sentences from fresh English Wikinews articles of
// 2019–2020 (CC BY 2.5), in neither half of tests/fixtures/real.

describe('a statement the subject put out, then its words', () => {
  test('"Facebook released a statement which read, in part, "…"" is Facebook’s', () => {
    const article = analyze(
      'European Court of Justice says Facebook must remove defamatory posts',
      'Facebook released a statement which read, in part, "This judgment raises critical questions around freedom of expression and the role that internet companies should play in monitoring, interpreting and removing speech that might be illegal in any particular country".',
    );
    expect(attribution(article, 'This judgment raises')).toMatchObject({ kind: 'direct', speaker: 'Facebook', cue: 'Facebook released' });
  });

  test('"They released a statement which said, "…"" is the body the pronoun stands for', () => {
    const article = analyze(
      'Turkey’s president Erdoğan proposes converting Hagia Sophia into a mosque',
      'This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move, recommending to maintain the status of the monument as a museum. They released a statement which said, "Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained".',
    );
    expect(attribution(article, 'Hagia Sophia bears')).toMatchObject({ speaker: 'United States Commission on International Religious Freedom' });
  });

  test('words before the colon that name no one leave the statement unattributed', () => {
    const article = analyze(
      'Samoan government temporarily shuts down for measles vaccination',
      'Earlier this week, an official government Twitter account made the following announcement: "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours."',
    );
    expect(attribution(article, 'Latest update')).toMatchObject({ speaker: null });
  });

  test('a statement only mentioned, its words in the next sentence, is no cue', () => {
    const article = analyze(
      'Company responds',
      'Facebook released a statement on Monday. "This judgment raises critical questions around freedom of expression," it said.',
    );
    expect(attribution(article, 'This judgment raises')).toMatchObject({ speaker: 'Facebook', cue: 'it said' });
  });
});

// "Thai political party withdraws princess's candidacy for prime minister", English Wikinews, February 2019 (row 30 of
// wikinews_2019.csv, not in the corpus).
describe('a statement put out "from" someone', () => {
  const HEADLINE = "Thai political party withdraws princess's candidacy for prime minister";
  const LEAD =
    "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn.";
  const STATEMENT =
    'The palace issued the following statement from the king: "Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty [...] Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts with the country\'s traditions, customs, and culture, and therefore is considered extremely inappropriate."';

  test('"The palace issued the following statement from the king:" gives the words to the king the text named', () => {
    const article = analyze(HEADLINE, LEAD, STATEMENT);
    expect(attribution(article, 'Even though she relinquished her title')).toMatchObject({ kind: 'direct', speaker: 'Maha Vajiralongkorn' });
  });

  test('a statement "from" a place names no author: the words stay unattributed', () => {
    const article = analyze(
      HEADLINE,
      LEAD,
      STATEMENT.replace('The palace issued the following statement from the king:', 'The palace issued a statement from Bangkok:'),
    );
    expect(attribution(article, 'Even though she relinquished her title').speaker).toBeNull();
  });
});
