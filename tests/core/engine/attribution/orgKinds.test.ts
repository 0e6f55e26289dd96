import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// Global Voices, "India: Vimeo and torrent sites blocked", May 2012 (dev half), in the general form wire copy takes.
describe('"the company" stands for a business, never a court or a ministry', () => {
  test('the company a court order was obtained by is not the court', () => {
    const article = analyze(
      'India: Sites blocked',
      "According to media reports, a film production house has obtained a preemptive 'John Doe' order from the Delhi High Court. The Company insists that this has been done in order to 'prevent film piracy'.",
    );
    expect(attribution(article, 'this has been done in order to')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('the one business a sentence about a court order names is "the company" (verbatim)', () => {
    const article = analyze(
      'India: Entertainment Industry Seeks Court Ban on Torrents and Vimeo',
      "According to media reports, this is because a film production house, namely Reliance Entertainment, has (once again) obtained a preemptive 'John Doe' order from the Delhi High Court, prior to the release of some of their upcoming big budget films. The Company insists that this has been done in order to 'prevent film piracy'.",
    );
    expect(attribution(article, 'this has been done in order to')).toMatchObject({ speaker: 'Reliance Entertainment', resolution: 'role' });
  });

  test('the company the text was about still speaks as "the company"', () => {
    const article = analyze('Business: Results', 'Acme Motors reported higher sales on Monday. The company said that demand had grown in Asia.');
    expect(attribution(article, 'demand had grown in Asia').speaker).toBe('Acme Motors');
  });
});

// Marshall Star, February 2024 (fresh NASA text, public domain): NASA is an administration, a government agency, and the
// company whose lander carries its instruments is not named as an entity there, so "the company" stands for no one.
describe('"the company" is no government agency', () => {
  const article = analyze(
    'NASA Science Aboard Intuitive Machines Continues Journey to Moon, Landing Coverage set for Feb. 22',
    'After a successful launch Feb. 15, six NASA science instruments and technology demonstrations continue their journey to the Moon aboard Intuitive Machines’ lander named Odysseus. The company confirmed communications contact with its mission operations control in Houston, and its lander continues to perform as expected.',
  );

  test('"The company confirmed …" after NASA’s instruments is not the National Aeronautics and Space Administration’s', () => {
    expect(attribution(article, 'communications contact with its mission').speaker).toBeNull();
    expect(attribution(article, 'its lander continues to perform').speaker).toBeNull();
  });
});

// wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15 (dev half since session 36).
describe('"the airline" is no body of pilots', () => {
  test('"The airline says RPG only conducted …" after "Ryanair Pilots Group (RPG)" is not the pilots\' group', () => {
    const article = analyze(
      'Ryanair sack, sue pilot over participation in safety documentary',
      'Irish budget airline Ryanair have dismissed pilot John Goss, who has worked with the airline for 25 years, over remarks he made in a documentary about safety at the airline. Ryanair issued a statement confirming legal proceedings have been begun against Goss.',
      'Goss, who had been due to retire in October, is a key figure of Ryanair Pilots Group (RPG), which conducted a survey of more than 1,000 flight crew. According to the RPG survey almost 90% of respondents said the safety culture was nontransparent. Two-thirds said they felt uncomfortable raising safety issues. Ryanair had told pilots anybody signing a "so-called safety petition" might be dismissed.',
      'One anonymous pilot interviewed by Channel 4 accused the airline of "threats and bullying". Over 90% of those surveyed wanted a regulatory inquiry, with RPG saying the survey results were passed to the airline and the Irish Aviation Authority. RPG is not recognised by the airline which calls the group "[lacking] any independence, objectivity or reliability" and a union front.',
      'The other pilots interviewed by Channel 4 chose to remain anonymous, with only Goss identifying himself. The airline says RPG only conducted their survey to unionise Ryanair pilots and issued a statement describing the documentary as "based on nothing more than anonymous hearsay claims made by individuals whose identity was concealed, and/or by representatives of pilot unions of Ryanair\'s competitor airlines masquerading as a non-Ryanair Pilot Group".',
    );
    // The airline the text glossed as one, as the gold has it (`glossedKind.ts`), never the pilots' group.
    expect(attribution(article, 'RPG only conducted their survey').speaker).toBe('Ryanair');
    expect(attribution(article, 'based on nothing more than anonymous hearsay').speaker).toBe('Ryanair');
  });
});

// Lane break36, on the shape of "According to the National Transportation Safety Board (NTSB), the same aircraft was
// involved in an incident … The report said there was one passenger seriously injured"
// (wikinews-world-war-ii-plane-crashes-connecticut-2019-10-03, dev half), with a business named before it.
describe('"the company" is no safety board', () => {
  test('"The company said" after a board’s finding is not the board', () => {
    const article = analyze(
      'Plane crashes in Connecticut',
      'A World War II-era bomber crashed at Bradley International Airport on Wednesday. Shell, the oil company, owned the hangar next to the runway.\n\nAccording to the National Transportation Safety Board (NTSB), the same aircraft was involved in an incident in Pennsylvania in 1987. The report said there was one passenger seriously injured.\n\nThe company said the hangar was not damaged.',
    );
    // The one company the text glossed as one ("Shell, the oil company", `glossedKind.ts`), never the board.
    expect(attribution(article, 'the hangar was not damaged').speaker).toBe('Shell');
  });
});

// Lane break36, news-shaped variants: a newspaper that reported on a business is not "the company", and a statement
// the engine names after its unnamed owner ("The trust's statement said", on the shape of "Spielberg's statement said",
// wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14) is no body "the union" can mean.
describe('"the company" and "the union" skip outlets and documents', () => {
  test('"The company said" after "…, The Guardian reported" is not the Guardian', () => {
    const article = analyze(
      'Retailer closes stores',
      "Sales at the chain fell 4 percent, The Guardian reported on Monday.\n\nThe company said on Wednesday they'd run out of stock.",
    );
    expect(attribution(article, "they'd run out of stock").speaker).toBeNull();
  });

  test('"The union said" after "The trust’s statement said" is not the statement', () => {
    const article = analyze(
      'Hospital strike',
      'Nurses at the hospital went on strike on Friday. Unison, the union, said 400 members had walked out.\n\n"Patients are safe," the hospital said in a statement. The trust\'s statement said operations had been postponed.\n\nThe union said talks would resume on Monday.',
    );
    expect(attribution(article, 'talks would resume on Monday').speaker).toBeNull();
  });
});

// Lane break36, news-shaped variants of wire copy about a complaint, a strike and a union's statement.
describe('a role noun of a body does not pass to a body of another kind', () => {
  test('"The group said" after "Reuters first reported the complaint" is not Reuters', () => {
    const article = analyze(
      'Apple sued over batteries',
      'Consumer group Que Choisir said on Monday it had filed a complaint against Apple in France. Reuters first reported the complaint.\n\nThe group said Apple had slowed down older phones.',
    );
    expect(attribution(article, 'Apple had slowed down older phones').speaker).toBeNull();
  });

  test('"The airline said" after the British Airline Pilots Association is not the pilots’ union', () => {
    const article = analyze(
      'Airline strike',
      'Pilots at British Airways will strike next week, the British Airline Pilots Association (BALPA) said on Friday.\n\nThe airline said the strike was unjustified. It said it would try to rebook passengers.',
    );
    expect(attribution(article, 'the strike was unjustified').speaker).toBeNull();
    expect(attribution(article, 'it would try to rebook passengers').speaker).toBeNull();
  });

  test('"The agency said" after "The company did not respond" is not the company', () => {
    const article = analyze(
      'Drug maker fined',
      'Acme Pharma was fined $2 million on Monday. The company did not respond to a request for comment.\n\nThe agency said the fine was the largest this year.',
    );
    expect(attribution(article, 'the fine was the largest this year').speaker).toBeNull();
  });

  test('the union the text named still speaks as "the union"', () => {
    const article = analyze(
      'Airline strike',
      'The British Airline Pilots Association (BALPA) said on Friday that pilots would strike.\n\n"Our members have been left with no choice," the union said.',
    );
    expect(attribution(article, 'Our members have been left with no choice').speaker).toBe('British Airline Pilots Association');
  });
});

// Lane break36, on the shape of "AirAsia said …" (wikinews-investigators-blame-pilot-error-airasia-crash-2015-12-02, dev
// half) with a union whose name is a common word the name pass leaves out.
describe('"the union" after "a union" was brought in is that union, not the company named before', () => {
  const article = analyze(
    'Airline crash report',
    'AirAsia said on Tuesday it accepted the report. Unity, a union of cabin crew, said the company had ignored warnings.\n\n"We were told the rudder was fine," the union said.\n\nThe company said it had fixed the fault in 2015.',
  );

  test('the union’s words are not the airline’s', () => {
    expect(attribution(article, 'We were told the rudder was fine').speaker).toBeNull();
  });

  test('"The company said" is still the airline', () => {
    expect(attribution(article, 'it had fixed the fault in 2015').speaker).toBe('AirAsia');
  });

  test('"the organization" after "the Green Belt Movement — a non-governmental organization" is still the movement (verbatim)', () => {
    const maathai = analyze(
      'Nobel Peace Prize awarded to Kenyan environmental activist',
      'For seven years she was the director of the Red Cross in Kenya, and is most known for founding the Green Belt Movement — a non-governmental organization dedicated to environmental conservation and protecting forests. Since its founding in 1997, the organization claims to have planted over 30 million trees, in the process employing thousands of women.',
    );
    expect(attribution(maathai, 'to have planted over 30 million trees').speaker).toBe('Green Belt Movement');
  });
});

// Wikinews, "Chinese police arrest six after woman beaten to death at Shandong McDonald's", 2014-06-01 (CC BY 2.5),
// held-out batch of session 53, the group's paragraph cut to the newspaper's.
describe('"the group" is no newspaper', () => {
  test('"according to the group" after a report by the Beijing Morning News is not the newspaper’s', () => {
    const article = analyze(
      "Chinese police arrest six after woman beaten to death at Shandong McDonald's",
      'In December 2012, according to a report by the Beijing Morning News, seventeen cultists were arrested in Beijing for harassing people with an apocalyptic message in a public park.',
      'The government has detained tens of thousands of Falungong members and, according to the group, tortured members for their beliefs.',
    );
    expect(attribution(article, 'tortured members for their beliefs')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"the group" after Amnesty International is still Amnesty’s', () => {
    const article = analyze('Rights: Arrests', 'Amnesty International criticised the arrests. According to the group, the detainees were tortured.');
    expect(attribution(article, 'the detainees were tortured').speaker).toBe('Amnesty International');
  });
});
