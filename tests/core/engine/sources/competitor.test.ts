import { typeFromCompetitor } from '../../../../src/core/engine/sources/competitor';
import { analyze } from '../attribution/helpers';

// sources/competitor.ts: an athlete the text shows competing speaks for themself, a citizen. Sentences from the
// development half (English Wikinews 2019, CC BY 2.5).

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromCompetitor(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

// wikinews-kosgei-world-record-chicago-marathon-2019-10-14: both runners were of type unknown.
test('a marathon winner and the record holder quoted after the race are citizens', () => {
  const article = analyze(
    "Kenya's Brigid Kosgei sets new world record at Chicago Marathon",
    'Yesterday, Brigid Kosgei of Kenya won the 2019 Chicago Marathon and broke the long-standing marathon world record for women competing in mixed-sex marathons. Kosgei was the Chicago Marathon defending champion.',
    "In setting the new record, Kosgei finished more than six minutes ahead of her competition, completing the race in 2:14:04. This was 81 seconds faster than Paula Radcliffe's mixed-sex mark set at the 2003 London Marathon.",
    '"I was not expecting this", said Kosgei after the race. "But I felt my body was moving, moving, moving so I went for it. This is amazing for me." Kosgei was joined by Paula Radcliffe at the finish line. "[...] I always knew this time would come — and when I saw how fast Brigid was running I knew the record would go if she could maintain her pace", Radcliffe said.',
  );
  const typeOf = (name: string) => article.entities.find((e) => e.name === name)?.sourceType;
  expect([typeOf('Brigid Kosgei'), typeOf('Paula Radcliffe')]).toEqual(['citizen', 'citizen']);
});

test.each([
  // wikinews-kosgei-world-record-chicago-marathon-2019-10-14
  [
    'Yesterday, Brigid Kosgei of Kenya won the 2019 Chicago Marathon and broke the long-standing marathon world record',
    'Brigid Kosgei',
    'Brigid Kosgei of Kenya won the 2019 Chicago Marathon',
  ],
  [
    "This was 81 seconds faster than Paula Radcliffe's mixed-sex mark set at the 2003 London Marathon.",
    'Paula Radcliffe',
    "Paula Radcliffe's mixed-sex mark set at the 2003 London Marathon",
  ],
  // wikinews-eliud-kipchoge-marathon-under-two-hours-2019-10-13
  ['Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours.', 'Eliud Kipchoge', 'Eliud Kipchoge from Kenya ran a marathon'],
  [
    'Kipchoge also set the current official world record for a sanctioned race, of 2 hours 1 minute 39 seconds',
    'Kipchoge',
    'Kipchoge also set the current official world record',
  ],
])('a name that won, ran or set a mark in a contest is a citizen\'s: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

test.each([
  // A politician wins a race or a seat: no contest of sport. wikinews-hong-kong-district-council-pro-democracy-2019-11-27.
  ['this year not even one district council candidate ran unopposed.', 'district council'],
  ['Over 80% of the 452 available district council seats went to pro-democracy candidates', 'pro-democracy'],
  // wikinews-kosgei-world-record-chicago-marathon-2019-10-14: a time is no contest's name.
  ["Winner of the men's division, Cherono, posted a time of 2:05:45.", 'Cherono'],
])('a sentence that tells of no sporting contest says nothing: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
