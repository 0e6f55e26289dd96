import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

// entities/headlineCommonWords.ts: common words a headline capitalises are no organisation's name.

const organisations = (texts: ReadonlyArray<string>) =>
  findEntities(texts, 0)
    .entities.filter((e) => e.type === 'organization' && e.mentions.length > 0)
    .map((e) => e.name);

const HEADLINE = 'China: In Bo Xilai Saga, Did Social Media Challenge Government?';
const BODY = [
  'The Chinese government confirms that Wang did enter the US consulate in a post on Sina Weibo that netizens hurry to re-tweet.',
  'But one thing is certain. Before the advent of social media, the government never owed the people an explanation. Now the challenge is real.',
];

test('"Did Social Media Challenge Government?": words the body writes in lower case are no body\'s name (gv-china-bo-xilai-social-media-2012-05-11)', () => {
  expect(organisations([HEADLINE, ...BODY])).not.toContain('Social Media Challenge Government');
});

test('a headline name with a word the body never writes in lower case stays', () => {
  expect(organisations(['Zimbabwe: Zimbabwe Government Denies Arrests', 'The government said no one was arrested in Harare.'])).toContain(
    'Zimbabwe Government',
  );
});

test('"The Chinese government confirms …" is not read as the headline\'s words', () => {
  const article = analyze(HEADLINE, ...BODY);
  expect(attribution(article, 'Wang did enter the US consulate').speaker).not.toBe('Social Media Challenge Government');
});
