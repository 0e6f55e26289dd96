import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/narrationAfterQuotation.ts: a block quotation's paragraph that goes on in the writer's words. Paragraphs from
// the development half of tests/fixtures/real: a Wikinews article as the GUM corpus keeps it, and a Global Voices post.

const HEADLINE = 'Australian woman claims Church of Scientology imprisoned her for twelve years';
const LEAD = 'Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years.';
const CUE = 'In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:';
const STATEMENT =
  "She certainly wasn't 'forced' to be there. She was also never forced to perform labour in the engine room. They also claimed Paris was a volunteer and claim she has a vested interest for misrepresenting her experiences with the Church. The Church also claims that Paris not having her passport was maritime procedure.";

describe('narration after a block quotation, in the same paragraph', () => {
  test('the statement stops where "They also claimed …" tells what its source claimed', () => {
    const article = analyze(HEADLINE, LEAD, CUE, STATEMENT);
    expect(attribution(article, 'She certainly wasn')).toMatchObject({ kind: 'direct', speaker: 'Church of Scientology' });
    expect(quotesOf(article).find((q) => q.text.startsWith('She certainly'))?.text).toBe(
      "She certainly wasn't 'forced' to be there. She was also never forced to perform labour in the engine room.",
    );
    expect(attribution(article, 'Paris not having her passport')).toMatchObject({ kind: 'reported', speaker: 'Church of Scientology' });
  });

  test('a quotation in the first person keeps "He says …" as its own words', () => {
    const article = analyze(
      'Middle East: Bloggers react to Obama’s Cairo speech',
      'Stiletos in the Sand wrote:',
      "54 minutes and 22 seconds .. of my life I can never get back. The jeja seems to have it all under control. He says everything he has aspirations for, that he thinks can be achieved in the world, will need to be done “together.” Don't believe him for one single skinny second.",
    );
    const quote = quotesOf(article).find((q) => q.text.startsWith('54 minutes'));
    expect(quote?.text).toMatch(/single skinny second\.$/);
  });

  test('a sentence-initial "My" is the first person too, so "She said …" after it stays the blogger\'s', () => {
    // gv-malawi-bloggers-joyce-banda-2012-05-01 (development half): the blogger's post, not the writer's narration.
    const article = analyze(
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      "In a detailed post titled 'Joyce Banda I know and trust', journalist Kondwani Munthali chronicles his own admiration of Joyce Banda. Having known her from his youth, he states:",
      'The Joyce Banda I know is the one that could go and hug an old woman anywhere and feel confortable.',
      'My favourate quotes of President Joyce Banda remain when she spoke after attacks on women in Lilongwe and someone tried to misintepret. She said it was a sympton of the larger problem among te youth.',
    );
    const quote = quotesOf(article).find((q) => q.text.startsWith('My favourate'));
    expect(quote?.text).toMatch(/among te youth\.$/);
    expect(attribution(article, 'My favourate')).toMatchObject({ kind: 'direct', speaker: 'Kondwani Munthali' });
  });
});

describe('a he or she after a block quotation that named another person', () => {
  const ADNAN =
    'Mr Adnan’s story is emblematic of the administrative detention experience of many Palestinians. He claims to have been beaten and humiliated by Israeli soldiers while in custody, and began his hunger strike in protest.';

  test('"He claims …" after the quotation names Mr Adnan is not given to the blogger quoted (gv-palestine-prisoners-mass-hunger-strike-2012-05-02)', () => {
    const article = analyze(
      'Palestine: Prisoners on Mass Hunger Strike',
      'Palestinian Khader Adnan went on hunger strike in December.',
      "Blogger and journalist Joseph Dana wrote about Adnan's case in February:",
      ADNAN,
    );
    expect(attribution(article, 'Mr Adnan’s story')).toMatchObject({ kind: 'direct', speaker: 'Joseph Dana' });
    const claims = quotesOf(article).filter((q) => q.kind === 'reported' && q.text.startsWith('to have been beaten'));
    expect(claims.map((q) => q.speakerId)).toEqual([null]);
  });
});
