import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// bodyOfRole.ts: a body's role noun is the document's owner or issuer, else the organisation of that kind; an
// indefinite one brings in a body the text does not name.

test("'The report says' is not given to the organisation last named", () => {
  const article = analyze(
    'Australian children suffering from iodine deficiency',
    'Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial that children and pregnant women in particular have an adequate intake of iodine. Iodine deficiency can lead to serious health problems including brain damage, stunted growth and deafness.',
    "Professor Eastman says manufacturers could easily remedy the situation by using iodised salt in their products in line with the United States and most European countries. \"I suspect they won't do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be iodised,\" he said.",
    'The report says the decline in iodine intake appears to be due to changes in the dairy industry, where chlorine-containing sanitisers have replaced iodine-containing sanitisers. Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia for at least four decades, but is now declining. Another contributory factor has been the decreasing consumption of iodised salt used in foods. The report states that few if any food manufacturers use iodised salt in the preparation and manufacture of foods.',
  );
  expect(attribution(article, 'the decline in iodine intake')).toMatchObject({
    kind: 'reported',
    speaker: null,
    resolution: 'unattributed',
    cue: 'The report says',
  });
});

describe('an indefinite organisation noun', () => {
  // Fresh real text (digital.gov, public domain), in neither half of the corpus.
  test('"One agency said" after the text named SMS brings in an agency it does not name', () => {
    const article = analyze(
      'Mobile Gov Report',
      'Agencies also use SMS to reach people who do not have smartphones.',
      'A few agencies have looked to platform market share when making decisions about which platforms to use. One agency said it was not going to develop for devices that its audience did not use.',
    );
    expect(attribution(article, 'it was not going to develop')).not.toMatchObject({ speaker: 'SMS' });
  });

  test('"one large retailer reported" after IBM is named is not IBM', () => {
    const article = analyze(
      'Mobile Holiday Shopping',
      'IBM reported nearly 47% of online traffic coming from mobile devices throughout the day. Of course specific retailers differ in mobile traffic. For example in an article from TechCrunch, one large retailer reported a “whopping 70%” of online traffic coming from mobile devices over the Thanksgiving-Cyber Monday period.',
    );
    expect(attribution(article, 'whopping 70%')).not.toMatchObject({ speaker: 'IBM' });
  });
});

test('"its website notes that …" is the body "it" means, the owner of the website', () => {
  // wikinews-florida-highway-pileup-fire-kills-children-2019-01-05 (Wikinews, CC BY 2.5)
  const article = analyze(
    'Florida highway pileup and fire kills children',
    'Also investigating is the Florida Highway Patrol, which is attempting to ascertain who, if anyone, is to blame. Meanwhile the National Transportation Safety Board, commonly involved in major highway accident probes, was absent. It is presently unable to operate due to a shutdown of much of the Federal government in a budget dispute; however, its website notes that its operations center is still accepting accident notifications without specifying if this resource is operating 24/7 as it usually does.',
  );
  expect(attribution(article, 'its operations center is still accepting')).toMatchObject({
    speaker: 'National Transportation Safety Board',
    resolution: 'role',
  });
});

test('"Their statement also read "…"" stays unattributed when "they" means no one the text names', () => {
  // wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16 (Wikinews, CC BY 2.5): the government is no entity.
  const article = analyze(
    'US Federal judge rules American Samoans are citizens',
    'Three American Samoans, Pale Tuli, Rosavita Tuli, and John Fitisemanu, who had moved to Utah, a state, sued to be allowed to vote and apply for government jobs that require citizenship. Fitisemanu had lived in Utah for more than twenty years.',
    `Their statement also read "imposition of citizenship over American Samoan's objections violates fundamental principles of self-determination."`,
  );
  expect(attribution(article, 'imposition of citizenship over').speaker).toBeNull();
});
