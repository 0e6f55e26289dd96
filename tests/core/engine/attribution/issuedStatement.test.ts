import { describe, expect, test } from 'vitest';
import { bareParticipleJoin } from '../../../../src/core/engine/attribution/issuedStatement';
import { analyze, attribution } from './helpers';

// attribution/issuedStatement.ts: "saying" with no comma after a statement the clause's subject put out.

describe('a statement someone issued, "saying …"', () => {
  // English Wikinews, "US President Donald Trump tests positive for COVID-19", 2020-10-03, CC BY 2.5.
  test('what the statement says is the words of whoever issued it, not of "a statement"', () => {
    const article = analyze(
      'US President Donald Trump tests positive for COVID-19',
      'Presidential physician Sean Conley issued a statement saying Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin.',
    );
    expect(attribution(article, 'Trump has been given zinc')).toMatchObject({ kind: 'reported', speaker: 'Sean Conley' });
  });

  test('a time phrase may stand between the statement and "saying"', () => {
    const article = analyze(
      'Border to stay closed',
      'Health Minister Anna Berg released a statement on Monday saying the border would remain closed until further notice.',
    );
    expect(attribution(article, 'the border would remain closed')).toMatchObject({ kind: 'reported', speaker: 'Anna Berg' });
  });

  test('an unnamed issuer leaves the content unattributed, never given to "a statement"', () => {
    const article = analyze('Border to stay closed', 'The ministry issued a statement on Monday saying the border would remain closed.');
    expect(attribution(article, 'the border would remain closed')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"saying" after other objects is left to the other readings', () => {
    const text = 'She signed a letter saying the plan was wrong.';
    expect(bareParticipleJoin(text, 0, text.indexOf('saying'))).toBeNull();
    const statement = 'She issued a short statement saying the plan was wrong.';
    expect(bareParticipleJoin(statement, 0, statement.indexOf('saying'))).toBe(statement.indexOf(' saying'));
  });
});

// Global Voices 2012 (CC BY 3.0), development half of the corpus.
test('"Justice Minister, Sebastian Zulu, quickly issued a statement that was placed on … saying …:" sets off his words', () => {
  const article = analyze(
    'Zambia: Judge suspensions',
    'Justice Minister, Sebastian Zulu, quickly issued a statement that was placed on the state house website saying the judiciary was panicking, ordering the Solicitor-General to overturn the ruling:',
    'I have ordered the solicitor General to immediately have that stay revoked on the ground that under section 16 of the state proceedings Act. An Injunction may not be granted against the state."',
    '"An Order of stay is in fact a mandatory injunction which is ordering that the  tribunal should not take off, That is what the law does not allow. It (law) doesn\'t allow such an order as far as I a[m] concerned.',
  );
  expect(attribution(article, 'the judiciary was panicking')).toMatchObject({ kind: 'reported', speaker: 'Sebastian Zulu' });
  expect(attribution(article, 'I have ordered the solicitor General')).toMatchObject({ kind: 'direct', speaker: 'Sebastian Zulu' });
  expect(attribution(article, 'An Order of stay')).toMatchObject({ kind: 'direct', speaker: 'Sebastian Zulu' });
});
