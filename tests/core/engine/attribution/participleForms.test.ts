import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// The participle forms of reporting verbs (lexicon/reportingVerbs.ts: calling, accusing, telling, declaring, announcing
// …) cue as their finite forms do, for the subject of the clause they hang on (clauseSubject.ts). Sentences from fresh
// English Wikinews articles of 2019–2020 (CC BY 2.5) and NASA history pages (public domain).

describe('a participle of a reporting verb after a comma', () => {
  test('"X spoke out against the attack, calling it “…”" is X\'s', () => {
    const article = analyze(
      'United States military kills Qasem Soleimani',
      'Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, calling it "an aggression on Iraq as a state, government and people" as well as a violation of the rules relating to the presence of United States troops in Iraq.',
    );
    expect(attribution(article, 'an aggression on Iraq')).toMatchObject({ kind: 'direct', speaker: 'Adil Abdul-Mahdi' });
  });

  test('"X lashed out at Y on Twitter, accusing her of “…”" is X\'s, not Y\'s', () => {
    const article = analyze(
      'Violence breaks out in Washington, DC at pro-Trump protest',
      'President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser on Twitter, accusing her of "not doing her job".',
    );
    expect(attribution(article, 'not doing her job').speaker).toBe('Trump');
  });

  test('"…, telling the Nevada Independent: “…”" gives the quote to the teller and reports no listener as words', () => {
    const article = analyze(
      'U.S. House issues subpoena to Secretary of State',
      'Since then, a Republican, Mark Amodei, has publicly voiced support for the impeachment inquiry, telling the Nevada Independent: "I\'m a big fan of oversight, so let\'s let the committees get to work and see where it goes."',
    );
    expect(attribution(article, "I'm a big fan of oversight").speaker).toBe('Mark Amodei');
    expect(quotesOf(article).map((q) => q.text)).not.toContain('the Nevada Independent');
  });

  test('"X said, “…”, calling it a “…”": the participle after the quote is no cue of that quote', () => {
    const article = analyze(
      'Bernie Sanders ends 2020 US presidential bid',
      'Senator Bernie Sanders of Vermont ended his campaign for the Democratic Party nomination on Wednesday.',
      'Sanders said in his live stream, "I do not make this decision lightly", calling it a "difficult and painful decision".',
    );
    expect(attribution(article, 'I do not make this decision lightly')).toMatchObject({ speaker: 'Bernie Sanders', cue: 'Sanders said' });
  });

  test('"A did X and B did Y, calling out “…”" names two people who may have called out: nobody is guessed', () => {
    const article = analyze(
      'STS-41C: The Satellite Repair Mission',
      'Scobee lowered the landing gear at 300 feet and Crippen brought Challenger down to a smooth touchdown 16 minutes after sunrise on Edwards’s dry lake bed runway 17, calling out “Houston, Challenger is wheels stop,” to end the successful satellite deployment and repair mission.',
    );
    expect(attribution(article, 'Houston, Challenger is wheels stop').speaker).toBeNull();
  });
});

describe('a participle with no comma', () => {
  test('"X wrote to the US Embassy in London asking to waive …" is not the embassy\'s request', () => {
    const article = analyze(
      'UK urges US to waive immunity of diplomat’s wife',
      "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity.",
    );
    expect(quotesOf(article).filter((q) => q.text.includes('waive') && article.entities.find((e) => e.id === q.speakerId)?.name.includes('Embassy'))).toEqual(
      [],
    );
  });

  test('"A group calling itself the … Coalition claimed responsibility": calling oneself is a name, the claim is the report', () => {
    const article = analyze(
      'Climate protesters block bridge',
      'A group calling itself the Charles River Climate Coalition claimed responsibility for the protest.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['responsibility for the protest']);
  });
});

describe('a second speech verb joined by "and"', () => {
  test('"X, called it “…” and said “…”": the quote after "and said" is X\'s too', () => {
    const article = analyze(
      'Fire at historic Welsh ex-hotel Bontddu Hall kills one',
      'The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called it "a retrograde step" and said "[a]n area like this cannot afford to lose such a quality hotel."',
    );
    expect(attribution(article, '[a]n area like this')).toMatchObject({ kind: 'direct', speaker: 'David Clay', cue: 'said' });
  });
});
