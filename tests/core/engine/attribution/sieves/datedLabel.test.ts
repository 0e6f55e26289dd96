import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/datedLabel.ts: a dated label before a blogger's excerpt ("April 7, 2012 [ru]:") hands on the person the text
// was about (gv-ukraine-lukyanivska-prison-2012-05-02, development half).

const UKRAINE = 'Ukraine: "If Prison Acquires a Voice, Everything Will Change"';
const EXCERPT =
  "Usov's mistake is that he decided to entertain the ordinary [viewers] with exotica. [...] It's not right to sacrifice the people, not right to throw noncombatants into the line of fire.";

test("the excerpt after 'April 7, 2012 [ru]:' is the blogger's the paragraph before introduced", () => {
  const article = analyze(
    UKRAINE,
    'Blogger and activist Aleksandr Volodarskiy [ru] (aka shiitman) spent a month and a half at Lukyanivska prison in 2009. Below are excerpts from these posts.',
    'April 7, 2012 [ru]:',
    EXCERPT,
  );
  expect(attribution(article, "Usov's mistake is that")).toMatchObject({ kind: 'direct', speaker: 'Aleksandr Volodarskiy', cue: 'April 7, 2012 [ru]:' });
});

test("a dated label after a paragraph that names no one sets off no quotation: 'April 7, 2012 [ru]:' after a bare description", () => {
  const article = analyze(UKRAINE, 'Below are excerpts from two blog posts about the prison.', 'April 7, 2012 [ru]:', EXCERPT);
  expect(quotesOf(article).filter((q) => q.text.startsWith("Usov's mistake"))).toEqual([]);
});
