import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/titledAffiliate.ts: "Name, title at Body said" — the person speaks, not the body the title ends with. The
// sentences are from the fresh real-text set (digital.gov, public domain; Wikinews, CC BY 2.5), in neither half.

describe('a title at a body between the name and the verb', () => {
  test('"Mike Pulsifer, Lead IT Specialist at DOL said" is Pulsifer, not the Department of Labor', () => {
    const article = analyze(
      'Apps for data',
      'One of the agencies that is used to supplying information is the Department of Labor (DOL). Mike Pulsifer, Lead IT Specialist at DOL said his agency has over 300 data sets that are public and available to developers.',
    );
    expect(attribution(article, 'his agency has over 300 data sets')).toMatchObject({ kind: 'reported', speaker: 'Mike Pulsifer' });
  });

  test('"Anderson Cooper, of CNN, one of Vanderbilt\'s four sons, stated" is Cooper, not CNN', () => {
    const article = analyze(
      'Gloria Vanderbilt dies aged 95',
      'U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son Anderson Cooper announced.',
      'Anderson Cooper, of CNN, one of Vanderbilt\'s four sons, stated, "Gloria Vanderbilt was an extraordinary woman, who loved life, and lived it on her own terms."',
    );
    expect(attribution(article, 'Gloria Vanderbilt was an extraordinary woman')).toMatchObject({ speaker: 'Anderson Cooper' });
  });

  test('"Bruce McArthur, from Toronto, Canada, on Tuesday admitted" is McArthur, not Canada', () => {
    const article = analyze(
      'Toronto serial killer pleads guilty',
      'Bruce McArthur, from Toronto, Canada, on Tuesday admitted his guilt in eight murders. McArthur pleaded guilty to each crime at the Superior Court.',
    );
    expect(attribution(article, 'his guilt in eight murders')).toMatchObject({ speaker: 'Bruce McArthur' });
  });
});

// Fresh Wikinews page (2020-12-14, Red Hat and CentOS Stream): the introductory phrase's comma is left out too.
test('"In the blog post Chris Wright, the Chief Technological Officer of Red Hat said … “…”" is Wright\'s, not Red Hat\'s', () => {
  const article = analyze(
    'Red Hat to move focus away from CentOS in favour of Stream',
    'In the blog post Chris Wright, the Chief Technological Officer of Red Hat said Red Hat had informed the CentOS governing board that Red Hat was "shifting our investment fully from CentOS Linux to CentOS Stream".',
  );
  expect(attribution(article, 'shifting our investment')).toMatchObject({ speaker: 'Chris Wright' });
});
