import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/newSubjectBefore.ts: a sentence that makes someone else its subject ends the earlier speaker's run.

const COMEY = 'Changing position, President Trump says FBI Director Comey was fired over Russia investigation, showboating';

describe('a new named subject before a quote', () => {
  test("Sanders' words after she disagrees with Miller are not Miller's (AMALGUM_news_comey)", () => {
    const article = analyze(
      COMEY,
      'While it is not illegal under U.S. law for President Trump to ask if he is under investigation, former U.S. Department of Justice spokesperson Matthew Miller described it as "completely inappropriate" and pointed out that Comey would not be allowed to answer under Department rules. Deputy White House Press Secretary Sarah Huckabee Sanders disagreed with Miller\'s assessment. "I don\'t see it as a conflict of interest and neither do many of the legal scholars who\'ve been commenting on it over the last hour." She did not elaborate on the reference to legal scholars.',
    );
    expect(attribution(article, 'completely inappropriate')).toMatchObject({ speaker: 'Matthew Miller' });
    expect(attribution(article, "I don't see it as a conflict")).not.toMatchObject({ speaker: 'Matthew Miller' });
  });

  test('a quote right after the same speaker is named again still goes on in his words', () => {
    const article = analyze(
      'Mugabe says he is open to talks with Zimbabwe opposition',
      'Earlier on Thursday, Tsvangirai said he would not participate in discussion after the election is held. "If the sham election goes ahead and Mugabe elects himself, how can I or the MDC negotiate with him?" Tsvangirai said in an interview with Britain\'s The Times. Tsvangirai repeated the point. "In essence, we\'ll be negotiating with an illegitimate leader and we won\'t do that."',
    );
    expect(attribution(article, 'In essence')).toMatchObject({ speaker: 'Tsvangirai' });
  });
});
