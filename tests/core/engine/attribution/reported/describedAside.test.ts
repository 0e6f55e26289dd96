import { describe, expect, test } from 'vitest';
import { beforeDescribedAside } from '../../../../../src/core/engine/attribution/reported/describedAside';
import { analyze, attribution } from '../helpers';

// reported/describedAside.ts: a description set off by commas between an unnamed group and its verb.

describe('an unnamed group, a description set off by commas, then its verb', () => {
  // Global Voices 2012 (CC BY 3.0), gv-south-korea-podcasters-questioned-police-2012-05-21 (development half).
  test('"Some net users from Daum Agora [ko], the nation\'s biggest public forum, criticized …" reports what they criticized, unattributed', () => {
    const article = analyze(
      'South Korea: Podcasters Questioned by Police',
      'Some net users from Daum Agora [ko], the nation\'s biggest public forum, criticized the hosts of the show for "creating public commotions".',
    );
    expect(attribution(article, 'the hosts of the show for')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('the words before the aside are the subject, a language tag after them left out', () => {
    expect(beforeDescribedAside("Some net users from Daum Agora [ko], the nation's biggest public forum, ")).toBe('Some net users from Daum Agora ');
    expect(beforeDescribedAside('Local residents, a majority of them farmers, ')).toBe('Local residents ');
    // A relative clause or a second speaker's verb in the aside is no description.
    expect(beforeDescribedAside('Local residents, the ones who lost their homes, ')).toBeNull();
    expect(beforeDescribedAside('The fire was out, the police said, ')).toBeNull();
    expect(beforeDescribedAside('Local residents ')).toBeNull();
    // A name in the aside is the subject's own (wikinews-tunisia-bans-face-veils-public-institutions-2019-07-08).
    expect(beforeDescribedAside('The militant organisation, the Islamic State of Iraq and the Levant, ')).toBeNull();
  });
});
