import { analyze, attribution } from './helpers';

// The sentences come from the attribution cases (tests/cases/P10, P28): organisations the text names only by description.
describe('organisations named by description', () => {
  test("'According to the transport ministry, …' is the transport ministry's", () => {
    const article = analyze('Tunnel to reopen', 'According to the transport ministry, the tunnel will reopen next month.');
    expect(attribution(article, 'the tunnel will reopen next month')).toMatchObject({ kind: 'reported', speaker: 'transport ministry' });
  });

  test("'Oakdale police said' is Oakdale police's, not the place Oakdale's", () => {
    const article = analyze('Shooting under investigation', '"Investigators are examining every lead," Oakdale police said in a news release Tuesday morning.');
    expect(attribution(article, 'Investigators are examining every lead,')).toMatchObject({ kind: 'direct', speaker: 'Oakdale police' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('a document is named with where it was posted: "a statement posted to his official Twitter account"', () => {
    const article = analyze(
      'Tributes paid to Chadwick Boseman',
      'Boseman died at home on August 28 in the company of his wife and family according to a statement posted to his official Twitter account. It also stated he was in stage IV of his cancer which had been diagnosed in 2016.',
    );
    const speaker = 'a statement posted to his official Twitter account';
    expect(attribution(article, 'Boseman died at home')).toMatchObject({ kind: 'reported', speaker });
    expect(attribution(article, 'he was in stage IV')).toMatchObject({ kind: 'reported', speaker });
  });

  test("a bare 'the ministry said' names no organisation it does not know", () => {
    const article = analyze('Tunnel to reopen', 'The ministry said the tunnel will reopen next month.');
    expect(attribution(article, 'the tunnel will reopen next month')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });
});
