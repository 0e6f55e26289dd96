import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// rolePrefixedName.ts: "A <body> professor <Name> said": the article goes with the role, and the name is who speaks.

// wikinews-national-diet-law-akihito-abdicate-2017-06-10 (development half), verbatim.
test('"A Kyoto Sangyo University emeritus professor Isao Tokoro said …": the named professor speaks', () => {
  const article = analyze(
    "Japan's National Diet passes law allowing Emperor Akihito to abdicate within three years",
    'A Kyoto Sangyo University emeritus professor Isao Tokoro said Naruhito "has been educated," is born, and is qualified "to be emperor[.]"',
    'A Temple University Japan professor Jeff Kingston said a national succession crisis has people raising concerns about female princesses leaving the royal family when getting married. Kingston added the family "[has] a shortage of male heirs."',
  );
  expect(attribution(article, 'has been educated')).toMatchObject({ kind: 'direct', speaker: 'Isao Tokoro' });
  expect(attribution(article, 'a national succession crisis')).toMatchObject({ kind: 'reported', speaker: 'Jeff Kingston' });
});

// wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06 (development half), verbatim: a role with no name after it.
test('"A Lycos spokesperson said …": with no name after the role, the spokesperson stays unnamed', () => {
  const article = analyze(
    'Lycos Europe ends anti-spam campaign',
    'A Lycos spokesperson said that the screenshot was a hoax: there was no trace of intrusion in the server log.',
  );
  expect(attribution(article, 'the screenshot was a hoax').speaker).not.toBe('Lycos');
});
