import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// trailingDocument.ts: a quote closed by its owner's document and a speech verb (`"…," Spielberg's statement said.`) is
// the owner's, as it is with the cue before the quote. Sentences from wikinews-international-row-spielberg-quits-
// beijing-olympics-2008-02-14 (development half).

const LEAD =
  'On Wednesday, United States film director Steven Spielberg withdrew from his position as artistic adviser to the 2008 Summer Olympics in Beijing, China. "Conscience will not allow me to continue with business as usual," he said.';

describe('a document its owner names closing the quote', () => {
  test('"…," Spielberg\'s statement said. is Spielberg\'s, and the quote after it in the paragraph too', () => {
    const article = analyze(
      'International row as Spielberg quits Beijing Olympics',
      LEAD,
      '"Sudan\'s government bears the bulk of the responsibility for these ongoing crimes but the international community, and particularly China, should be doing more to end the continuing human suffering there," Spielberg\'s statement said. "China\'s economic, military and diplomatic ties to the government of Sudan continue to provide it with the opportunity and obligation to press for change."',
    );
    expect(attribution(article, "Sudan's government bears")).toMatchObject({ speaker: 'Steven Spielberg', cue: "Spielberg's statement said" });
    expect(attribution(article, "China's economic, military").speaker).toBe('Steven Spielberg');
  });

  test('a document whose owner the text does not name, "the statement said", is left unattributed', () => {
    const article = analyze(
      'International row as Spielberg quits Beijing Olympics',
      LEAD,
      '"Sudan\'s government bears the bulk of the responsibility," the statement said.',
    );
    expect(attribution(article, "Sudan's government bears").speaker).toBeNull();
  });

  test("an owner's person, not document, after the quote is no document cue: \"…,\" Spielberg's lawyer said. is not Spielberg's", () => {
    const article = analyze('International row as Spielberg quits Beijing Olympics', LEAD, '"We will appeal," Spielberg\'s lawyer said.');
    expect(attribution(article, 'We will appeal').speaker).not.toBe('Steven Spielberg');
  });
});
