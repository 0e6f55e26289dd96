import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

// entities/indefiniteRoleAppositive.ts: "Another blogger, NAME, …" names that blogger, whatever the name's shape.
// Held-out text: gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (Global Voices, June 2009, CC BY 3.0).

const HAER =
  "Another blogger, Ha'er fi donia Allah, tackled the topic from a different perspective. He was worried about the health condition of Egyptian president Mubarak, because he didn't receive Obama from the airport:";

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a name set off after an indefinite role noun', () => {
  test("a pen name with lower-case particles after 'Another blogger,' is that blogger's name", () => {
    expect(peopleIn(HAER)).toContain("Ha'er fi donia Allah");
  });

  test("the block after the blogger's he-sentence is the blogger's", () => {
    const article = analyze(
      'Egypt: Will there be any action after Obama’s Talk?',
      HAER,
      "Did you see Mr. Obama boarding the plane yesterday? A strong man such as this should lead a strong nation. But our president didn't receive him at the airport.",
    );
    expect(attribution(article, 'Did you see Mr. Obama')).toMatchObject({ kind: 'direct', speaker: "Ha'er fi donia Allah" });
  });

  // gv-zambia-fuel-shortages-malawi-donation-2012-05-21 (development half): the name pass finds this one already.
  test("a name the name pass finds after 'Another reader,' stays one person", () => {
    const people = peopleIn('Another reader, Kapyololo, thinks that fuel shortages is a sign of poor governance.');
    expect(people.filter((name) => name.includes('Kapyololo'))).toEqual(['Kapyololo']);
  });

  test.each([
    ['a place', 'One reader, Cairo, wrote to the paper about the speech.', 'Cairo'],
    ['a body after a noun that is no person’s role', 'Another group, Falungong, also denied any link to the attackers.', 'Falungong'],
    ['words opening on a word that starts no name', 'Another blogger, The Arabist, wrote about the visit.', 'The Arabist'],
  ])('%s set off by commas is no person: %s', (_, text, name) => {
    expect(peopleIn(text)).not.toContain(name);
  });
});
