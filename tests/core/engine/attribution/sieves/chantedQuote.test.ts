import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/chantedQuote.ts: the words a crowd chants are the crowd's, not the person a cue named before them.
// gv-spain-indignados-15m-barcelona-2012-05-16 (development half, CC BY 3.0).

const HEADLINE = 'Spain: Indignados Return to the Streets of Barcelona';
const MARI =
  'Mari Ángeles was forced to take an early retirement a year ago from a private health company. Her pension doesn\'t even reach 500 Euros free of taxes and it is not enough to live with her son, a grown man, so now they share his home. "My son is at the strike. He\'s studying English like crazy so he can look for a job outside in England or Canada," she explained, although she interrupts herself often to join the chants her companions make to the cars that get impatient with the protest: "Don\'t look at us, join us!" Josep Maria, on the contrary, has a good pension.';

test("a chant after a protester's own words is left to nobody, her own words stay hers", () => {
  const article = analyze(HEADLINE, MARI);
  expect(attribution(article, 'My son is at the strike.')).toMatchObject({ speaker: 'Mari Ángeles', cue: 'she explained' });
  expect(attribution(article, "Don't look at us, join us!")).toMatchObject({ speaker: null, resolution: 'unattributed' });
});
