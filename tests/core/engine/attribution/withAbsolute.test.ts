import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { quotesInOrder, speakerOf } from '../../../../src/core/article';

// withAbsolute.ts: "…, with <name> <participle> …" gives the quote to the name, the participle's own subject.

/** Each quote of the article as [kind, words, speaker's name or null]. */
function said(text: string, publishedOn: string) {
  const article = analyzeArticle(text, { publishedOn });
  return quotesInOrder(article).map(({ quote }) => [quote.kind, quote.text, speakerOf(article, quote)?.name ?? null]);
}

describe('a name after "with" opening an absolute phrase speaks', () => {
  // Wikinews, "Wikinews interviews Craig Farquharson, Liberal Democrat candidate for 2020 Groom by-election"
  // (27 November 2020, CC BY 2.5).
  test('"…, with analyst Kevin Bonham having declared it on his blog as "…"" is Bonham\'s', () => {
    const quotes = said(
      'Groom by-election\n\nSome political analysts considered this a foregone conclusion, with analyst Kevin Bonham having declared it on his blog as "Australia\'s most boring by-election", however Bonham noted the size of the swing may have been indicative of the dominant centre left Labor Party\'s general performance.',
      '2020-11-27',
    );
    expect(quotes).toContainEqual(['direct', "Australia's most boring by-election", 'Kevin Bonham']);
  });

  // NASA, "55 Years Ago: Two Months Until the Moon Landing" (public domain).
  test('"…, with Cernan summing it up best, "…"" is Cernan\'s', () => {
    const quotes = said(
      [
        '55 Years Ago: Two Months Until the Moon Landing',
        'During their eight-day flight, the all-veteran Apollo 10 crew of Thomas P. Stafford, John W. Young, and Eugene A. Cernan rehearsed nearly every aspect of the Moon landing with the exception of the landing itself, flying to within nine miles of the lunar surface.',
        'All three crew members began excitedly describing the lunar scenery passing by beneath them, with Cernan summing it up best, “It might sound corny, but the view is really out of this world.”',
      ].join('\n\n'),
      '2024-05-20',
    );
    expect(quotes).toContainEqual(['direct', 'It might sound corny, but the view is really out of this world.', 'Eugene A. Cernan']);
  });
});

describe('a name after "with" inside a clause is the preposition\'s object', () => {
  // Wikinews, "On the campaign trail in the USA, July 2020" (CC BY 2.5).
  test('"… his first child with wife Kim Kardashian, screaming "…"" is not Kardashian\'s', () => {
    const quotes = said(
      [
        'On the campaign trail',
        'That same day, rapper Kanye West made a surprise announcement on Twitter that he, himself, was running for president.',
        'West held his first campaign rally in Charleston, where he tearfully discussed potentially aborting his first child with wife Kim Kardashian, screaming "I almost killed my daughter!"',
      ].join('\n\n'),
      '2020-08-31',
    );
    expect(quotes).toContainEqual(['direct', 'I almost killed my daughter!', 'Kanye West']);
  });

  // Wikinews, "On the campaign trail in the USA, October 2020" (CC BY 2.5).
  test('"Carroll agreed with La Riva, saying that …" is Carroll\'s', () => {
    const quotes = said(
      [
        'On the campaign trail',
        'Those who did take part in-person were: American Solidarity Party presidential nominee Brian Carroll, and Party for Socialism and Liberation presidential nominee Gloria La Riva.',
        'La Riva argued against Universal Basic Income (UBI), proposing minimum wage be increased to US$20 an hour.  Carroll agreed with La Riva, saying that jobs are more important than UBI.',
      ].join('\n\n'),
      '2020-11-02',
    );
    expect(quotes).toContainEqual(['reported', 'jobs are more important than UBI', 'Brian Carroll']);
  });
});

describe('"the latter" or "the former" after "with" speaks for the one of the pair it picks', () => {
  // wikinews-pge-helicopter-crashes-near-fairfield-2020-06-04 (development half), with the participle "stating" for the
  // article's "confirming", which the cue verbs do not read as a participle.
  test('"…, with the latter yesterday stating on Twitter they were "…"" is the second body\'s', () => {
    const quotes = said(
      'PG&E helicopter crashes near Fairfield\n\nInvestigations have been launched by the Federal Aviation Administration and the National Transportation Safety Board, with the latter yesterday stating on Twitter they were "not traveling to the crash scene at this time."',
      '2020-06-04',
    );
    expect(quotes).toContainEqual(['direct', 'not traveling to the crash scene at this time.', 'National Transportation Safety Board']);
  });
});

describe('a name after "with" may carry its title and body before the participle', () => {
  // wikinews-shorts-badminton-nagasaki-lester-2009-08-09 (development half).
  test('"…, with Anne Smillie chief executive of Badminton Scotland saying that …" is Smillie\'s', () => {
    const quotes = said(
      'Wikinews Shorts: August 10, 2009\n\nV.K. Verma president of the Badminton Association of India dismissed the "terror threats" as rumors spread by the media. The Welsh and Scottish teams will continue to compete in the tournament, with Anne Smillie chief executive of Badminton Scotland saying that the English team had "perhaps overreacted".',
      '2009-08-10',
    );
    expect(quotes).toContainEqual(['reported', 'the English team had "perhaps overreacted"', 'Anne Smillie']);
    expect(quotes).toContainEqual(['direct', 'perhaps overreacted', 'Anne Smillie']);
  });

  // wikinews-glasgow-cannabis-enthusiasts-celebrate-green-2014-04-22 (development half).
  test('"with Monday\'s issue of the Daily Record reporting five arrests" names no one: "issue" is no title', () => {
    const quotes = said(
      "Glasgow cannabis enthusiasts celebrate 'green' on city green\n\nPolice were in-attendance from early-on, with Monday's issue of the Daily Record reporting five arrests, but no trouble.",
      '2014-04-22',
    );
    expect(quotes.filter(([, , speaker]) => speaker !== null)).toEqual([]);
  });
});
