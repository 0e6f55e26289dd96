import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// shapeOnlyPersons.ts: a name voted a person by its capitalised words and the verbs after it alone is no one when the
// article writes one of its words as a common word. Sentences from fresh Wikinews (CC BY 2.5) and Global Voices
// (CC BY 3.0) articles, in neither half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('names of things the article also writes as common words', () => {
  // wn-2019-03-05 SpaceX Crew Dragon capsule docks with International Space Station
  test('a spacecraft ("Crew Dragon") is not a person where the article speaks of "the crew"', () => {
    const people = peopleIn(
      'Most of the docking process was automatic by the capsule, though the crew of the ISS were able to send the capsule commands.',
      'Crew Dragon has enough room for seven people but on this occasion carried only a mannequin.',
    );
    expect(people).not.toContain('Crew Dragon');
  });

  // wn-2019-05-12 Pope Francis instructs reporting of sexual abuse
  test('a victims\' group ("Ending Clergy Abuse") is not a person, and the man speaking for it is', () => {
    const people = peopleIn(
      'Pope Francis issued new rules on the reporting of sexual abuse.',
      'To this, Peter Iseley of worldwide victim group Ending Clergy Abuse said, "The church should establish the law for reporting."',
    );
    expect(people).not.toContain('Ending Clergy Abuse');
    expect(people).toContain('Peter Iseley');
  });

  // wn-2019-10-12 Alexei Leonov dies
  test('an era ("Space Race") is not a person', () => {
    const people = peopleIn(
      'Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov.',
      'Ten years later, he led the Soviet part of the Apollo–Soyuz mission symbolizing that the Space Race was over.',
    );
    expect(people).not.toContain('Space Race');
  });
});

describe('people whose names the text also writes in lower case', () => {
  // gv Russia: Viacheslav Egorov "who blogs as jurist_egorov"
  test('a handle in lower case ("jurist_egorov") is no common word', () => {
    const people = peopleIn('Viacheslav Egorov, who blogs as jurist_egorov, discussed the recent violence in a post.');
    expect(people).toContain('Viacheslav Egorov');
  });

  // gv Tunisia: a tweet writes "Raja mansour" next to the name's other word
  test('a tweet writing the surname in lower case next to the given name is no common word', () => {
    const people = peopleIn(
      'Raja Haj Mansour was the first lawyer for the plaintiff to give a comic plea.',
      '@myriammeziou: le fils de Raja mansour a eu une crise car il a vu persepolis!!!!',
    );
    expect(people).toContain('Raja Haj Mansour');
  });

  test('a word only a person takes keeps the name a person, whatever the text writes in lower case', () => {
    const people = peopleIn(
      'The pass was closed by snow for a week.',
      'Cheng Pass, a retired engineer, said the road had never been closed so long.',
      'Cheng Pass said he would walk instead.',
    );
    expect(people).toContain('Cheng Pass');
  });
});

describe('a pen name that a relative clause shows is a person', () => {
  // gv-319820 Trinidad & Tobago: Three Score and Ten (Global Voices, May 2012): "like" is written in lower case too.
  test('"Trini Like Salt, who lives in Boston" is a person, and a group "who" is not made one', () => {
    const people = peopleIn(
      'Trini Like Salt, who lives in Boston, is aware that the distance between him and his parents "doesn’t really allow one to observe their aging":',
      'NASA trained amateur astronomers to become Eclipse Ambassadors, who share the excitement of solar science with their communities.',
      'Millions watched the eclipse from Texas.',
    );
    expect(people).toContain('Trini Like Salt');
    expect(people).not.toContain('Eclipse Ambassadors');
  });
});

// wikinews-ireland-votes-overturn-abortion-ban-2018-05-26 (dev half): a name opening with a known place, with nothing but
// its shape and a verb for a person, is no one.
test('a name opening with a place and no person cue is no person: "announced at Dublin Castle"', () => {
  const { entities } = findEntities(
    [
      'A headline about the news',
      'The results were announced at Dublin Castle. Dublin Castle said the count was over.',
      'Dublin Castle has hosted the count since 2015.',
    ],
    0,
  );
  expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
});
