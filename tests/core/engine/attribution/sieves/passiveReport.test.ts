import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/passiveReport.ts: the subject of "is quoted (in|by) … as saying" or "is reported to have said" speaks, not the
// outlet that printed the words. Sentences from AMALGUM news (English Wikinews, CC BY 2.5), fresh text in neither half of
// the corpus: AMALGUM_news_catholic (2013-07-30), AMALGUM_news_ali (2007-06-24).

const CATHOLIC = 'Catholic Democrats tell Chicago Cardinal George not to pull funding from immigration campaigners supporting same-sex marriage';

describe('passive report of speech', () => {
  test('"Cardinal George is quoted by Fox 32 Chicago responding to the letter: “…”" is the cardinal\'s, not Chicago\'s', () => {
    const article = analyze(
      CATHOLIC,
      'Chicago politicians this past weekend asked Cardinal Francis George not to pull funding from immigration campaign groups who support legal recongition of same-sex marriage.',
      'Cardinal George is quoted by Fox 32 Chicago responding to the letter: "It is intellectually and morally dishonest to use the witness of the church\'s concern for the poor as an excuse to attack the church\'s teaching on the nature of marriage. [...] Jesus is merciful, but he is not stupid."',
    );
    expect(attribution(article, 'It is intellectually and morally dishonest')).toMatchObject({ kind: 'direct', speaker: 'Francis George' });
  });

  test('"John Fritchey is quoted in the Chicago Sun-Times as saying of the letter, “…”" is Fritchey\'s', () => {
    const article = analyze(
      CATHOLIC,
      'John Fritchey is quoted in the Chicago Sun-Times as saying of the letter, "You often run into conflicts when politics and religion intersect. [...] The letter simply reflects our position that a fundamental tenet of Catholicism is compassion."',
    );
    expect(attribution(article, 'You often run into conflicts')).toMatchObject({ kind: 'direct', speaker: 'John Fritchey' });
  });

  test('"He is reported to have said “God bless our martyrs …”" goes to the one the pronoun names', () => {
    const article = analyze(
      'Ali Hassan al-Majid and two others sentenced to death by Iraqi court',
      'Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be sentenced to death, for a number of allegations against the Kurds, including making anti-Kurdish military plans. He interrupted the judge during the reading of the verdict, saying that all the defendants were merely defending Iraq from Kurdish rebels. He is reported to have said "God bless our martyrs. Long live the brave Iraqi army. Long live Iraq."',
    );
    expect(attribution(article, 'God bless our martyrs')).toMatchObject({ kind: 'direct', speaker: 'Hussein Rashid Mohammed' });
  });
});
