import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// acronymGloss.ts: a name the name pass left out, glossed by its organisation's acronym, is that organisation.
// Wikinews 2020, CC BY 2.5 (development half), and fresh text.

test('"According to Notes from Poland (NFP), …" is NFP\'s', () => {
  const article = analyze(
    'Tesco sells Polish branch to Salling Group',
    "Tesco has suffered losses from its Polish operation for several years, as customer preference has shifted away from hypermarkets, Tesco's preferred store size, to smaller discount stores like Biedronka and LIDL. The Sunday trade ban, introduced in 2018, also hurt sales. According to Notes from Poland (NFP), some discount stores resorted to offer postal services, a loophole which allows Sunday opening hours.",
  );
  expect(attribution(article, 'some discount stores resorted')).toMatchObject({ speaker: 'NFP', resolution: 'name', speakerRef: 'Notes from Poland (NFP)' });
});

test("an acronym that does not spell the name's initials glosses nothing", () => {
  const article = analyze(
    'Stores close',
    'The NFP union has protested the closures. According to Warsaw Retail Watch (NFP), some discount stores resorted to offer postal services.',
  );
  expect(attribution(article, 'some discount stores resorted').speaker).not.toBe('NFP');
});
