import { typeFromPeerTitle } from '../../../../src/core/engine/sources/peerTitle';
import { analyze } from '../attribution/helpers';

// sources/peerTitle.ts: a peer in an article that names the House of Lords sits in that legislature, an official.
// Sentences from the development half of tests/fixtures/real.

test('peers speaking in a debate in the Lords are officials (wikinews-house-of-lords-approve-same-sex-marriage-bill-2013-07-16)', () => {
  const article = analyze(
    'House of Lords approve same-sex marriage bill at third reading',
    'During the brief debate in the Lords, Peers supporting the law wore pink carnations. Lord Alli, who is openly gay, said because of passing the law "my life and many others will be better today than it was yesterday".',
    'In summing up the debate, Baroness Stowell said: "I believe that we have brought forward a Bill that is a force for good and that the change it brings about is right and reflects the change in society."',
  );
  const typed = (name: string) => {
    const entity = article.entities.find((e) => e.name === name || e.aliases.includes(name));
    return [entity?.sourceType, entity?.sourceEvidence?.text];
  };
  expect(typed('Lord Alli')).toEqual(['official', 'Lord Alli']);
  expect(typed('Baroness Stowell')).toEqual(['official', 'Baroness Stowell']);
});

test('a judge\'s "Lord" in an article that names no House of Lords says nothing of a seat (wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13)', () => {
  const text = 'Colin Sutherland, Lord Carloway, the Lord President of the court decided, according to the summary,';
  const start = text.indexOf('Lord Carloway');
  expect(typeFromPeerTitle([text], [{ block: 0, start, end: start + 'Lord Carloway'.length }])).toBeNull();
});
