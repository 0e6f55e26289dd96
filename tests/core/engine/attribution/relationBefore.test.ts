import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// relationBefore.ts: a relative's or a representative's description that ends with the name of the one they are related
// to or speak for. Sentences from Wikinews pages in neither half of tests/fixtures/real, kept verbatim, CC BY 2.5.

describe('a relative or a representative of someone named speaks, not the one named', () => {
  // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_May_2020
  test("\"a woman, a niece of … Christine O'Donnell, who claimed\" is the niece's claim, not O'Donnell's", () => {
    const article = analyze(
      'On the campaign trail in the USA, May 2020',
      "Meanwhile, a new allegation surfaced from a woman, a niece of Biden's 2008 US Senate opponent Christine O'Donnell, who claimed Biden commented on the size of her breasts when she was 14 years old. The campaign called the statement \"absolutely false.\" An organizer said Biden was not at the event specified. O'Donnell defended her niece's claim, saying it may have taken place at a different time.",
    );
    expect(attribution(article, 'Biden commented on the size').speaker).not.toBe("Christine O'Donnell");
    expect(attribution(article, 'it may have taken place').speaker).toBe("Christine O'Donnell");
  });

  // https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
  test('"a spokesman for West claimed" is the spokesman\'s claim, not West\'s', () => {
    const article = analyze(
      'On the campaign trail in the USA, July 2020',
      'That same day, rapper Kanye West made a surprise announcement on Twitter that he, himself, was running for president. The interviewer questioned whether West was running to help President Trump defeat Biden. West did not deny the suggestion. After the interview, a spokesman for West claimed West decided to drop out of the race.',
    );
    expect(attribution(article, 'West decided to drop out').speaker).not.toBe('Kanye West');
  });
});
