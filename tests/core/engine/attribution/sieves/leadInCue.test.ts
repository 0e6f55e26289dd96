import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/leadInCue.ts: the shape the colon lead-ins of quotedPerson, sharedWork and namedExample share. Sentences from
// Global Voices posts of May 2012 not in the corpus (WordPress export, CC BY 3.0), and lane break35's sentence on their shape.

test('the cue of a colon lead-in runs from its verb to the end of the name it gives the block to', () => {
  // Global Voices draft post 314826 ("Kenya: Sexy New Series Gets Young People Thinking").
  const quoted = analyze(
    'Kenya: Sexy New Series Gets Young People Thinking',
    'Njeri  quotes Kenyan actor Anthony Mwangi, who plays Kenneth in the series:',
    'At first I was just acting out my part, but it reached a point [when] I stopped being Kenneth the actor and become Antony.',
  );
  expect(attribution(quoted, 'At first I was just acting')).toMatchObject({ speaker: 'Anthony Mwangi', cue: 'quotes Kenyan actor Anthony Mwangi' });
  const shared = analyze('Egypt', 'Blogger Mona Seif shared a poem by Ahmed Fouad Negm:', '"Who are they, and who are we?"');
  expect(attribution(shared, 'Who are they')).toMatchObject({ speaker: 'Ahmed Fouad Negm', cue: 'shared a poem by Ahmed Fouad Negm' });
});

test("the cue of a group's named example starts at its 'like'", () => {
  // Global Voices, "Panama: Baseball Fans React to Mariano Rivera's Injury", 8 May 2012.
  const article = analyze(
    "Panama: Baseball Fans React to Mariano Rivera's Injury",
    'Others even think that his injury was a product of karma, like Itzel Chavez (@itzelch_07) [es]:',
    'No se desea mal ajeno pero hasta la arrogancia la castiga el karma #marianorivera',
  );
  expect(attribution(article, 'No se desea mal ajeno')).toMatchObject({ speaker: 'Itzel Chavez', cue: 'like Itzel Chavez' });
});
