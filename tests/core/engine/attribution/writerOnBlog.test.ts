import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// writerOnBlog.ts: a blog a preposition joins to the words before it is where the one they name writes, not who speaks.
// Cues from the dev half (Global Voices, May 2012, CC BY 3.0).
describe('a writer "from" or "on" a blog speaks, not the blog', () => {
  test('"Fefeu, from the Clube da MPB blog, describes [pt] how …:" gives the post to Fefeu (gv-brazil-maria-rita-homage-elis-regina-2012-05-21)', () => {
    const article = analyze(
      'Brazil: Maria Rita pays homage to Elis Regina',
      'Fefeu, from the Clube da MPB blog, describes [pt] how the same thing happened in São Paulo:',
      'The diversity of the audience made the atmosphere even more special: young and old, everyone sang along.',
    );
    expect(attribution(article, 'The diversity of the audience')).toMatchObject({ kind: 'direct', speaker: 'Fefeu' });
  });

  test('"One anonymous commentator on World Bank blog asked:" gives the comment to no one rather than the World Bank (gv-africa-development-or-democracy-2012-05-15)', () => {
    const article = analyze(
      'Africa: Development or Democracy?',
      'Writing on the World Bank blog, Justin Yifu Lin, World Bank’s chief economist, argued:',
      'I disagree with those who assert Ethiopia and other African countries cannot grow fast.',
      'One anonymous commentator on World Bank blog asked:',
      'As an Ethiopian I find it hard to swallow what you wrote about the country.',
    );
    expect(attribution(article, 'I disagree with those')).toMatchObject({ kind: 'direct', speaker: 'Justin Yifu Lin' });
    expect(attribution(article, 'As an Ethiopian')).toMatchObject({ kind: 'direct', speaker: null });
    expect(article.entities.map((e) => e.name)).not.toContain('on the World Bank');
  });

  test('a blog named before its noun still speaks: "Al Kaashif blog wrote [ar] about the case:" (gv-mauritania-debate-al-qaeda-execution-2012-05-22)', () => {
    const article = analyze(
      'Mauritania: Debate over al-Qaeda execution',
      'Al Kaashif blog wrote [ar] about the case:',
      'The execution of the prisoner was a message to the government and to the people of the country.',
    );
    expect(attribution(article, 'The execution of the prisoner')).toMatchObject({ kind: 'direct', speaker: 'Al Kaashif' });
  });
});
