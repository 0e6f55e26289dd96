import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/documentRead.ts: `The event description read, "…"` — a document that reads the words in marks is their source.

describe('a document that reads the quoted words', () => {
  test('"The decree signed by the Pope read "…"" is the Pope\'s, the author named after "signed by" (wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12)', () => {
    const article = analyze(
      'Pope Francis instructs reporting of sexual abuse',
      'On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to the church authorities. Per the decree signed by the leader of Roman Catholic Christianity, priests and nuns of the Catholic churches are expected to notify the higher church authorities, as a step to act on sexual abuse and its cover-up happening in the churches.',
      'The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the victims; and harm the community of the faithful. In order that these phenomena, in all their forms, never happen again, a continuous and profound conversion of hearts is needed, attested by concrete and effective actions that involve everyone in the church, so that personal sanctity and moral commitment can contribute to promoting full credibility of the gospel message and the effectiveness of the church\'s mission".',
    );
    expect(attribution(article, 'The crimes of sexual abuse offend Our Lord')).toMatchObject({
      speaker: 'Francis',
      cue: 'The decree signed by the Pope read ',
    });
  });

  test('"The event description read, "…"" is the event description\'s, a document named by its description (wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22)', () => {
    const article = analyze(
      "Millions don't turn up to storm Area 51",
      'It all began on June 27, when Matty Roberts posted a event invitation on social media site Facebook. More than two million people replied they would attend and an additional million-and-a-half expressed interest in the event. Roberts says his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke. Roberts is about 20 years old and from Bakersfield, California.',
      'The event description read, "We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let\'s see them aliens." Area 51 has for decades been rumored to be a facility for UFO and extraterrestrials research. Naruto is a Japanese cartoon ninja character who runs with his arms behind his back.',
    );
    expect(attribution(article, 'We will all meet up at the Area 51 Alien Center')).toMatchObject({ speaker: 'event description', resolution: 'name' });
  });

  test('"The summary of the decision read in part: "…"" is the summary of the decision\'s: what it is of tells which summary (wikinews-uk-supreme-court-rules-prorogation-unlawful-2019-09-24)', () => {
    const article = analyze(
      'UK Supreme Court rules prorogation of parliament unlawful',
      'Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a ruling on the prorogation — a procedural suspension — of the Parliament of the United Kingdom until October 14. The court found that it could rule on the prorogation, and found the prorogation to be unlawful. The Supreme Court is the final court of appeal on all civil matters in the United Kingdom, as well as criminal matters in parts of the United Kingdom. The Supreme Court is lead by President Brenda Hale.',
      'The summary of the decision read in part: "This Court has already concluded that the Prime Minister\'s advice to Her Majesty was unlawful, void and of no effect. This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices."',
    );
    expect(attribution(article, 'This Court has already concluded')).toMatchObject({ speaker: 'summary of the decision', resolution: 'name' });
  });

  test('"Their statement also read "…"" names no document this sieve can read: it abstains (fresh Wikinews page, American Samoans citizenship ruling, 2019-12-16)', () => {
    const article = analyze(
      'US Federal judge rules American Samoans are citizens',
      'Their statement also read "imposition of citizenship over American Samoan\'s objections violates fundamental principles of self-determination."',
    );
    expect(attribution(article, 'imposition of citizenship over').speaker).toBeNull();
  });
});
