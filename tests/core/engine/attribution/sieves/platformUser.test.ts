import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/platformUser.ts: a colon cue naming a platform's user by handle ("Another Twitter user @X compared …:").

describe('a colon cue naming a platform user by handle', () => {
  test('the handle speaks the block after, not the platform the sentence names first', () => {
    const article = analyze(
      'South Korea: Monks Caught in Gambling Scandal',
      'Another Twitter user @Nabiwahighhill compared those monks to corrupted nobles:',
      'The monks gambling all night with donations show how far the community has fallen.',
    );
    expect(attribution(article, 'The monks gambling all night')).toMatchObject({ kind: 'direct', speaker: '@Nabiwahighhill' });
  });

  test('two users named in one lead-in leave the block to the other rules, not to either handle', () => {
    const article = analyze(
      'South Korea: Monks Caught in Gambling Scandal',
      'Twitter user @one_user and Twitter user @other_user compared those monks to corrupted nobles:',
      'The monks gambling all night with donations show how far the community has fallen.',
    );
    expect(attribution(article, 'The monks gambling all night').speaker).not.toBe('@one_user');
    expect(attribution(article, 'The monks gambling all night').speaker).not.toBe('@other_user');
  });
});

// Global Voices, "South Korea: Police Question Influential Podcasters for Campaign Violations" (21 May 2012, CC BY 3.0), development half.
const PODCASTERS = 'South Korea: Police Question Influential Podcasters for Campaign Violations';

describe('a colon cue naming a forum user by the label of a user name', () => {
  test('"Net user ID:Doctor K  wrote [ko]:" gives the block to Doctor K, not to an organisation "ID"', () => {
    const article = analyze(
      PODCASTERS,
      'However, there were some divided responses online. Some net users from Daum Agora [ko], the nation\'s biggest public forum, criticized the hosts of the show for "creating public commotions". Net user ID:Doctor K  wrote [ko]:',
      'Naggomsu started as a media effort representing minority opinions and guerilla broadcast and it still aims to be seen that way. However, it has now become the power figure which it used to criticize.',
    );
    expect(attribution(article, 'Naggomsu started as a media effort')).toMatchObject({ kind: 'direct', speaker: 'Doctor K' });
  });

  test('"Net user ID:진보는없다 adviced [ko] the show …:" gives the block to the user the label names, with no speech verb', () => {
    const article = analyze(
      PODCASTERS,
      'Net user ID:진보는없다 adviced [ko] the show to lose its aggressiveness:',
      'Wish they bear this in mind - please drop the idea that they are the only one who are right and just, so they would continue to walk this way. You can still take the same path while acting wisely and virtuously.',
    );
    expect(attribution(article, 'Wish they bear this in mind')).toMatchObject({ kind: 'direct', speaker: '진보는없다' });
  });

  test('a user named by handle keeps the block across a participle before the verb ("Twitter user @badasok, referencing …, argued [ko]:")', () => {
    const article = analyze(
      PODCASTERS,
      "Twitter user @badasok, referencing Kim's answers to the questions [ko] on whether he thinks himself as guilty, argued [ko]:",
      "김어준 총수 '선거에는 최대한 많은 사람이 참여해야 한다고 본다'며 '제가 한 일은 그런 정신에 부합한다' =>민주주의한다면서 선거하라고 했다고 잡아가는 정권은 세상천지에 없죠.정치검찰과 낙하산 선관위원들.. 이게 민주주의입니까?",
    );
    expect(attribution(article, '김어준 총수')).toMatchObject({ kind: 'direct', speaker: '@badasok' });
  });
});

// Global Voices, "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration" (8 May 2012, CC BY 3.0), development half
// (gv-russia-open-hostility-putin-inauguration-2012-05-08).
const HOSTILITY = "Russia: Open Hostility in Moscow Surrounding Putin's Inauguration";

describe('a colon cue naming a LiveJournal user by a lower-case screen name', () => {
  test('"LJ user drugoi further condensed [ru] …:" gives the block to drugoi, not to "LJ"', () => {
    const article = analyze(
      HOSTILITY,
      "LJ user drugoi further condensed [ru] the causes of Sunday's events:",
      "I think that the true culprit of the events is the current regime, which, by twisting the people's arms, organized a pathetic mockery of the basic instrument of managing a democratic state - the elections.",
    );
    expect(attribution(article, 'I think that the true culprit')).toMatchObject({ kind: 'direct', speaker: 'drugoi' });
  });

  test('"Russian LJ user gyperbol provided [ru] readers with … numbered explanations:" gives the numbered lines to gyperbol', () => {
    const article = analyze(
      HOSTILITY,
      'Russian LJ user gyperbol provided [ru] readers with a detailed city map where the events of the day took place, along with the following numbered explanations:',
      '1. Demonstrators arrived along Bolshaya Polyanka St.',
      '2. Across Serafimovich St. from the «Udarnik» [movie thater] to the corner of the park ran a triple chain of riot police and soldiers of internal troops.',
    );
    expect(attribution(article, '1. Demonstrators arrived')).toMatchObject({ kind: 'direct', speaker: 'gyperbol' });
    expect(attribution(article, '2. Across Serafimovich St.')).toMatchObject({ kind: 'direct', speaker: 'gyperbol' });
  });

  test('a word after "Twitter user" with no link on the verb names nobody: "One Twitter user angrily wrote:" is no screen name', () => {
    const article = analyze(HOSTILITY, 'One Twitter user angrily wrote:', 'The police broke up a peaceful sit-in for no reason at all.');
    expect(attribution(article, 'The police broke up').speaker).not.toBe('angrily');
  });
});
