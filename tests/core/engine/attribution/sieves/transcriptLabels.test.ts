import { describe, expect, test } from 'vitest';
import { labelName, parenthesesLabelName, questionLabels, transcriptLabels } from '../../../../../src/core/engine/attribution/sieves/transcriptLabels';

// sieves/transcriptLabels.ts: the labels that open an interview's paragraphs, the form the transcript is printed in, and
// which labels are the interviewer's. How the turns are read from them is transcript.test.ts's.

const labelsOf = (texts: Array<string>) =>
  transcriptLabels(
    texts,
    texts.map(() => true),
  );

// Wikinews, "Gregory Kurtzer discusses plans for Rocky Linux with Wikinews …", 2020-12-18, CC BY 2.5 (development half).
const KURTZER = [
  'Gregory Kurtzer discusses plans for Rocky Linux with Wikinews as Red Hat announces moving focus away from CentOS',
  '((WN)) How has CentOS evolved since it became a part of Red Hat?',
  '((Gregory Kurtzer)) Red Hat has invested a good deal of resources into the CentOS project itself and the community has benefited from additional developers, cloud resources, and a stronger support infrastructure.',
  '((WN)) Tell us about Rocky Linux.',
  '((Gregory Kurtzer)) Rocky Linux is a Community Enterprise Linux distribution by the community and for the community.',
];

describe('labels in (( )) and before a colon', () => {
  test('`((Gregory Kurtzer))` labels make a transcript in parentheses; `((WN))` is the interviewer', () => {
    const { labels, form } = labelsOf(KURTZER);
    expect(form).toBe('parentheses');
    const label = labels[2];
    expect(label && labelName(KURTZER, 2, label)).toBe('Gregory Kurtzer');
    expect(label?.cue).toEqual({ start: 0, end: '((Gregory Kurtzer))'.length });
    expect([...questionLabels(KURTZER, labels, 'parentheses')]).toEqual(['WN']);
  });

  test('the name of a `((Name))` label is found, the outlet’s `((WN))` is not', () => {
    const answer = KURTZER[2] ?? '';
    expect(parenthesesLabelName(answer)).toEqual({ start: 2, end: 2 + 'Gregory Kurtzer'.length });
    expect(parenthesesLabelName(KURTZER[1] ?? '')).toBeNull();
  });

  // NASA, The Marshall Star for January 24, 2024 (public domain), not in the corpus.
  test('`Question:` lines and `Surname:` answers make a colon transcript whose `Question` asks', () => {
    const texts = [
      'The Marshall Star for January 24, 2024',
      'Question: What does mentorship mean to you?',
      'Reynolds: Mentorship is an outside perspective that benefits me by providing a better solution.',
      'Alvarez: For me, mentorship is worth the time investment because we can get stuck in our day-to-day routine.',
      'Question: What impact has mentorship had on you and your career?',
      'Reynolds: It has been a great help.',
      'Alvarez: With Dave and I starting from the same department, we had some of the same mentors early on.',
    ];
    const { labels, form } = labelsOf(texts);
    expect(form).toBe('colon');
    expect([...questionLabels(texts, labels, 'colon')]).toEqual(['Question']);
  });

  test('a lone `Note:` or `Update:` line, or labels used once each, make no transcript', () => {
    expect(labelsOf(['Headline', 'Note: The figures are for 2012.', 'Update: The minister resigned on Friday.']).form).toBeNull();
    // Interview with LibriVox founder Hugh McGuire, Wikinews 2006 (GUM corpus), CC BY 2.5: a list inside an answer.
    expect(
      labelsOf(['Interview with LibriVox founder Hugh McGuire', 'Short term: organization of technology and people.', 'Long term: growing the community.'])
        .form,
    ).toBeNull();
  });
});

// Wikinews, "Wikinews interviews Chinese-American martial artist Alfred Hsing", August 2011, CC BY 2.5, not in the corpus.
describe('bare labels whose colon the text lost', () => {
  const HSING = 'Wikinews interviews Chinese-American martial artist Alfred Hsing';
  const QUESTIONS = ['Teemeah Why did you start practicing wushu? Is it a way of retaining your origins?', 'Teemeah What does wushu mean to you personally?'];
  const ANSWERS = [
    'A. Hsing When I was young my father brought home a lot of Chinese martial arts movies so my brother and I grew up liking martial arts.',
    'A. Hsing Wushu comes second nature to me and through the repetition of practice it’s like a form of meditation for me.',
  ];

  test('the label is the words that open paragraphs before different words: `A. Hsing`, not `A.`; `Teemeah` asks', () => {
    const texts = [HSING, QUESTIONS[0] ?? '', ANSWERS[0] ?? '', QUESTIONS[1] ?? '', ANSWERS[1] ?? ''];
    const { labels, form } = labelsOf(texts);
    expect(form).toBe('bare');
    const answer = labels[2];
    expect(answer && labelName(texts, 2, answer)).toBe('A. Hsing');
    expect(answer?.after).toBe('A. Hsing '.length);
    expect([...questionLabels(texts, labels, 'bare')]).toEqual(['Teemeah']);
  });

  test('labels that never answer right after a question make no transcript', () => {
    const lead = 'Hungarian Wikinews contributor Teemeah has interviewed Alfred Hsing about his views on martial arts, life and Wikipedia.';
    expect(labelsOf([HSING, QUESTIONS[0] ?? '', lead, ANSWERS[0] ?? '', QUESTIONS[1] ?? '', ANSWERS[1] ?? '']).form).toBeNull();
  });
});
