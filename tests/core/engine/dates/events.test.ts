import { referenceInstant } from '../../../../src/core/engine/dates';
import { findEvents } from '../../../../src/core/engine/dates/events';
import { splitSentences } from '../../../../src/core/sentences';

const PUBLISHED = referenceInstant('2022-02-10');

test('an event is dated per sentence, and "on the same day" takes the last day told', () => {
  const texts = [
    'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression."',
    "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability.",
  ];
  const events = findEvents(
    texts,
    texts.map((t) => splitSentences(t)),
    [true, true],
    PUBLISHED,
  );
  expect(events.map((e) => [e.block, e.date, e.evidence && (texts[e.block] ?? '').slice(e.evidence.start, e.evidence.end)])).toEqual([
    [0, '2022-02-10', 'on Thursday'],
    [0, '2022-01', 'January'],
    [1, '2022-02-10', 'on the same day'],
  ]);
});

test('an event is labelled with its sentence, cut at a word with an ellipsis when long', () => {
  const short = 'Tokayev flew to Moscow on Wednesday.';
  const long =
    "Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.";
  const texts = [short, long];
  const [first, second] = findEvents(
    texts,
    texts.map((t) => splitSentences(t)),
    [true, true],
    PUBLISHED,
  );
  expect(first?.label).toBe('Tokayev flew to Moscow on Wednesday');
  expect(second?.label).toBe('Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday in Moscow and the two discussed…');
  expect(second?.date).toBe('2022-02-10');
});

test('blocks that are not paragraphs tell no events', () => {
  const texts = ['Russian President Vladimir Putin (R) shakes hands with Kazakh President Kassym-Jomart Tokayev in Moscow, Russia, February 10, 2022.'];
  expect(
    findEvents(
      texts,
      texts.map((t) => splitSentences(t)),
      [false],
      PUBLISHED,
    ),
  ).toEqual([]);
});

test('a sentence that gives one date twice ("March 5", "on Tuesday") tells one event', () => {
  const text = 'The council voted on March 8 and said on Tuesday that repairs would begin.';
  const events = findEvents([text], [splitSentences(text)], [true], referenceInstant('2022-03-08'));
  expect(events.map((e) => e.date)).toEqual(['2022-03-08']);
});
