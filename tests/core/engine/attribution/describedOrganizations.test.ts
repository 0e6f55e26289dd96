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

  test("a bare 'the ministry said' names no organisation it does not know", () => {
    const article = analyze('Tunnel to reopen', 'The ministry said the tunnel will reopen next month.');
    expect(attribution(article, 'the tunnel will reopen next month')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });
});
