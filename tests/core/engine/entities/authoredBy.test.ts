import { authoredBy } from '../../../../src/core/engine/entities/authoredBy';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// authoredBy.ts: a piece or an act of one person's, then "by", before a name. Sentences quoted exactly from the
// development half.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('a name after what one person writes or tries, then "by"', () => {
  // gv-cape-verde-creative-writing-competition-2012-05-18.
  test('the writer of a competition entry ("was written by Silvianne Spencer") is a person', () => {
    const text =
      "Anete Carvalho wrote 'País Museu' (Museum Country), José Soares posted a poem, 'Verdes eram as ilhas', (The Islands were Green), and 'Retrospectiva 2012-2090' (2012-2090: Retrospective) was written by Silvianne Spencer.";
    expect(typeOf('Silvianne Spencer', text)).toBe('person');
  });

  // gv-india-vimeo-torrent-sites-blocked-2012-05-14.
  test('the poster of "this Facebook message by Chai Kadai" is a person', () => {
    const text = 'The sites have been unblocked on the Reliance ISP, as this Facebook message by Chai Kadai informs us:';
    expect(typeOf('Chai Kadai', text)).toBe('person');
  });

  // wikinews-fifa-world-cup-2018-day-six-japan-senegal-russia-2018-06-19.
  test('the player of "an attempt by Takashi Inui" is a person', () => {
    const text = 'Colombian goalkeeper David Ospina saved an attempt by Takashi Inui in the 57th minute.';
    expect(typeOf('Takashi Inui', text)).toBe('person');
  });

  test('what a body does by a name says nothing of a person', () => {
    // wikinews-japan-government-panel-urges-reinterpretation-pacifist-constitution-2014-02-07: a paper comments.
    expect(authoredBy('The editorial followed a comment by ')).toBe(false);
    // gv-jordan-rape-marriage-law-campaign-2012-05-14: a site produces an article.
    expect(authoredBy('was widely quoted by the original article produced by ')).toBe(false);
  });
});
