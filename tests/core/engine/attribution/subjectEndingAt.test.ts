import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// subjectEndingAt.ts: the speaker words that end right before a cue verb (CueReader.subjectBefore).

// Wikinews, "Scientists report skyrocketing phytoplankton population in aftermath of Kīlauea eruption" (2019-09-08, CC BY
// 2.5), development half.
test('an organisation\'s subtitle after a colon stays in the speaker words: "Sam Wilson of UH Mānoa\'s Center for Microbial Oceanography: Research and Education (C-MORE) said, “…”" is his', () => {
  const article = analyze(
    'Scientists report skyrocketing phytoplankton population in aftermath of Kīlauea eruption',
    'Co-lead author Sam Wilson of UH Mānoa\'s Center for Microbial Oceanography: Research and Education (C-MORE) said, "The expedition in July 2018 provided a unique opportunity to see first-hand how a massive input of external nutrients alters marine ecosystems that are finely attuned to low-nutrient conditions [...] Ecosystem responses to such a substantial addition of nutrients are rarely observed or sampled in real time."',
  );
  expect(attribution(article, 'The expedition in July 2018').speaker).toBe('Sam Wilson');
});
