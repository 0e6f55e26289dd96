import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// rolePrefixedName.ts: "A <body> professor <Name> said", "a Palestinian Ambassador <Name> has called on": the article goes
// with the role, and the name is who speaks.

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

// wikinews-israeli-air-strikes-hit-government-compounds-gaza-2008-12-27 (development half), verbatim: a capitalised title
// ending in a role noun before the full name; the "he said" after it is his too.
test('"Meanwhile, a Palestinian Ambassador Riyad Mansour has called on the United Nations …": the named ambassador speaks', () => {
  const article = analyze(
    'Israeli air strikes hit government compounds in Gaza',
    'According to the IDF, Hamas militants had further launched more than 110 rockets since Saturday, IDF says. Meanwhile, a Palestinian Ambassador Riyad Mansour has called on the United Nations to condemn the deadly violence. "There is no justification for punishing 1.5 million in the Gaza Strip because of the actions of a few. We hope we don\'t fail in having a reaction from the Security Council tonight," he said.',
  );
  expect(attribution(article, 'the United Nations to condemn')).toMatchObject({ kind: 'reported', speaker: 'Riyad Mansour' });
  expect(attribution(article, 'There is no justification')).toMatchObject({ speaker: 'Riyad Mansour', resolution: 'pronoun' });
});

// Made up, the near miss: a capitalised word that is no role noun before a one-word mention ("Another Apprentice said")
// leaves the one speaking unnamed.
test('"Another Apprentice said …" names no one', () => {
  const article = analyze('Show returns', 'Another Apprentice said the tasks were harder this year.');
  expect(attribution(article, 'the tasks were harder').speaker).toBeNull();
});
