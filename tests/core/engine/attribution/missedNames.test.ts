import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/missedNames.ts: a direct quote's cue names its speaker by a surname the name pass left out, after the
// article wrote the full name once (AP style). Sentences from Wikinews articles of 2019 (CC BY 2.5) that are not in
// the corpus, kept verbatim.

const people = (article: ReturnType<typeof analyze>) => article.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a speaker the name pass left out, named by surname in the cue', () => {
  // "Nickey Iyambo, former vice-president of Namibia, dies aged 82", 2019-05-21.
  test('"Geingob tweeted, “…”" after "The current president of Namibia, Hage Geingob, …"', () => {
    const article = analyze(
      'Nickey Iyambo, former vice-president of Namibia, dies aged 82',
      'The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo\'s death. Geingob tweeted, "I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo. He leaves behind a rich legacy of loyal service to the Namibian people."',
    );
    expect(attribution(article, 'I announce with sadness')).toMatchObject({ speaker: 'Hage Geingob', cue: 'Geingob tweeted' });
    expect(people(article)).toContain('Hage Geingob');
  });

  // The surname before the verb is read from a bounded stretch (engine/textBefore.ts), the same far into a paragraph.
  test('"Geingob tweeted, “…”" far into a long paragraph', () => {
    const filler = 'Flags flew at half mast in the capital. '.repeat(300);
    const article = analyze(
      'Nickey Iyambo, former vice-president of Namibia, dies aged 82',
      `The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death. ${filler}Geingob tweeted, "I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo. He leaves behind a rich legacy of loyal service to the Namibian people."`,
    );
    expect(attribution(article, 'I announce with sadness')).toMatchObject({ speaker: 'Hage Geingob', cue: 'Geingob tweeted' });
  });

  // "Eliud Kipchoge of Kenya runs marathon in under two hours", 2019-10-13.
  test('an inverted cue with words after the name, and a pronoun after it, are the same person', () => {
    const article = analyze(
      'Eliud Kipchoge of Kenya runs marathon in under two hours',
      'Kenyan long-distance runner Eliud Kipchoge yesterday became the first person to run a marathon in under two hours.',
      '"They are among the best athletes in the world — so thank you," said Kipchoge after the run. "I appreciate them for accepting this job. We did this one together." He posted on Twitter, "Today we went to the Moon and came back to earth!"',
    );
    expect(attribution(article, 'They are among the best')).toMatchObject({ speaker: 'Eliud Kipchoge', cue: 'said Kipchoge' });
    expect(attribution(article, 'I appreciate them')).toMatchObject({ speaker: 'Eliud Kipchoge' });
    expect(attribution(article, 'Today we went to the Moon')).toMatchObject({ speaker: 'Eliud Kipchoge', cue: 'He posted' });
  });

  // "Students compete in second international neurosurgery Olympiad", 2019-05-06.
  test('a full name set off by commas, and a cue after a sentence that ends in an organisation’s name', () => {
    const article = analyze(
      'Students compete in second international neurosurgery Olympiad',
      'Madina Bizheva, in her fourth year at Kabardino-Balkarian State University, won this second Olympiad. The other two places at Sechenov University were awarded to Oleg Titov, fifth year at the First MSMU, and Irina Borovikova, fifth year at Ural State Medical University. Bizheva said: "I give my victory to my mother, who inspired me to study at a neurosurgeon."',
    );
    expect(attribution(article, 'I give my victory')).toMatchObject({ speaker: 'Madina Bizheva', cue: 'Bizheva said' });
  });

  // Wikinews audio brief for June 23, 2009 (CC BY 2.5).
  test('a place before the given name is no part of the name', () => {
    const article = analyze(
      'News Brief Transcript for June 23, 2009',
      'The President of France Nicolas Sarkozy Monday, in a speech to a joint session of both houses of the Parliament of France, stated that the burqa "will not be welcome on the territory of the French Republic". In the speech, Sarkozy said that "We cannot accept, in our country, women imprisoned behind a mesh, cut off from society, deprived of all identity."',
    );
    expect(attribution(article, 'We cannot accept')).toMatchObject({ speaker: 'Nicolas Sarkozy' });
    expect(people(article)).not.toContain('France Nicolas Sarkozy');
  });

  test('a surname with no full name before it leaves the quote unattributed', () => {
    const article = analyze('Club news', 'The club lost again. Okafor said, "We will be back next season."');
    expect(attribution(article, 'We will be back').speaker).toBeNull();
  });
});
