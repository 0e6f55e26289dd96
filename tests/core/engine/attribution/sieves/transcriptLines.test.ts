import { describe, expect, test } from 'vitest';
import { FIRST_PERSON, note, opensLower, question, unfinished } from '../../../../../src/core/engine/attribution/sieves/transcriptLines';

// sieves/transcriptLines.ts: the ends and openings of a transcript's paragraphs. Lines from Wikinews interviews, CC BY
// 2.5: Gregory Kurtzer (development half), Zara Kay, Perttu Ahola, Dorsa Derakhshani and HIV-positive sex
// workers (2020, fresh text, not in the corpus).

describe('how a transcript paragraph ends or opens', () => {
  test('a command or a line cut mid-sentence is unfinished; a full stop, a colon or the Hindi danda ends it', () => {
    expect(unfinished('dnf install http://your.favorite.rocky.mirror/path/to/rocky-release*.rpm')).toBe(true);
    expect(unfinished("So don't let what other people think of you bring you down.  Yeah, I think that's how I would")).toBe(true);
    expect(unfinished('To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command:')).toBe(false);
    expect(unfinished('((hi))Hindi language: ‍इतना काम हम कर रहे हैं।')).toBe(false);
  });

  test('a line opening in lower case carries on a sentence; a capital does not', () => {
    expect(opensLower('see it.')).toBe(true);
    expect(opensLower("See, I'm absolutely crazy.  Most people aren't.")).toBe(false);
  });

  // wikinews-interviews-kristian-hanson-sledge-2014-10-23 (Wikinews, CC BY 2.5, development half).
  test('a bare web address under "External sites" carries on no sentence', () => {
    expect(opensLower('http://www.sledgemovie.com')).toBe(false);
    expect(opensLower('http://www.horrorsociety.com/2013/08/28/sledge-review/')).toBe(false);
  });

  test('an editor’s note, a question and the first person are told apart', () => {
    // usgov-nasa-pace-climate-mission-launch-2024-02-08 (development half, public domain)
    expect(note('Editor’s note: This release was updated Feb. 12, 2024, to correct the PACE mission’s full name.')).toBe(true);
    expect(question('Which hardwares will Rocky Linux run on?')).toBe(true);
    expect(question('Rocky Linux is a Community Enterprise Linux distribution by the community and for the community.')).toBe(false);
    expect(FIRST_PERSON.test('So these are [also] the things that we do.')).toBe(true);
    expect(
      FIRST_PERSON.test(
        'Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian Chess Federation saying "it wasn\'t a good fit" for her.',
      ),
    ).toBe(false);
  });
});
