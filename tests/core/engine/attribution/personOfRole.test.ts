import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// personOfRole.ts: a person's role noun is the one holding that office, with the nationality and modifier the phrase
// gives, else the one person titled so in lower case before their name.

test("'The Liberian president says' is the president the lead named as Liberia's, not Liberia's former president named later (voa-liberia-sirleaf-wins-bush-pledge-reconstruction)", () => {
  const article = analyze(
    "Sirleaf Wins Bush Pledge to Aid Liberia's Reconstruction",
    "Liberia's President Ellen Johnson Sirleaf says the Bush administration has promised to support her country's emergency infrastructure needs.",
    "The Liberian president says she hopes the United Nations will remove economic sanctions on Liberia's forestry sector in June.",
    'Mrs. Sirleaf says she is hopeful that Nigeria will heed a request to extradite former Liberian President Charles Taylor.',
  );
  expect(attribution(article, 'she hopes the United Nations will remove')).toMatchObject({ speaker: 'Ellen Johnson Sirleaf', resolution: 'role' });
});

// Wikinews, "Benin, Nigeria join African Union Continental Free Trade Area", 2019-07-10, CC BY 2.5 (not in the corpus).
describe('a title written in lower case before the name', () => {
  test('"The commissioner said" refers back to "trade and industry commissioner Albert Muchanga"', () => {
    const article = analyze(
      'Benin, Nigeria join African Union Continental Free Trade Area',
      'Nigeria previously announced it planned to join the AfCFTA in the week leading up to the summit. AU trade and industry commissioner Albert Muchanga announced Benin was to join. The commissioner said, "We haven\'t yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020".',
    );
    expect(attribution(article, "We haven't yet agreed")).toMatchObject({ speaker: 'Albert Muchanga', resolution: 'role', cue: 'The commissioner said' });
  });
});

describe('a role noun whose modifier names another office', () => {
  test("'The local health minister said' after 'Civil Aviation Minister Hardeep Singh Puri' is not Puri", () => {
    const article = analyze(
      'Passenger flight crashes upon landing at Calicut Airport in India',
      'Civil Aviation Minister Hardeep Singh Puri said 18 people died. 149 of the survivors have been hospitalized. Hardeep also stated that both of the flight recorders have been recovered.',
      'Among the dead are both the pilot and co-pilot. The local health minister said, "The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those admitted are having serious injuries."',
    );
    expect(attribution(article, 'The injured persons have been rushed').speaker).toBeNull();
  });

  test("'the city's home minister, said' after 'Prime Minister Narendra Modi tweeted' is not Modi", () => {
    const article = analyze(
      'Hotel fire kills at least seventeen in Karol Bagh, New Delhi',
      'A judicial inquiry was ordered, according to police. Prime Minister Narendra Modi tweeted "Deeply saddened by the loss of lives" and offered "condolences to the families of those who lost their lives. May the injured recover soon."',
      'According to eyewitnesses, the deceased child and his mother were among victims who leapt from the burning hotel. Satyendra Jain, the city\'s home minister, said "Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors."',
    );
    expect(attribution(article, 'Buildings can only be constructed').speaker).not.toBe('Narendra Modi');
  });

  // wikinews-un-military-attacks-darfur-violated-law-2008-03-20 (development half, blind gold of session 46).
  test('"One victim described …:" brings in someone new, not the person the sentence before names', () => {
    const article = analyze(
      'UN: Military attacks on Darfur violated international law',
      'The village of Abu Suruj was also bombed, but no casualties were reported from this bombing. However, over 75 percent of the town was burnt down by ground troops, and 30 people were killed.',
      'In Sirba, the pattern of attack was similar to that of Abu Suruj. Half of the village was burned down and 45 people were killed. One victim described an encounter with an armed man: "I was holding tight my four-year-old brother; I was scared that the man was going to shoot him."',
    );
    expect(attribution(article, 'I was holding tight').speaker).toBeNull();
  });

  // A fresh Wikinews page (Saudi oil tanker hijacked, November 2008), measured held out.
  test('"an audiotape of a man who said he was with the pirates" brings in someone new, not the minister named before', () => {
    const article = analyze(
      'Negotiations over hijacked Saudi oil tanker begin',
      'Saudi Foreign Minister Saud al Faisal said that talks had begun, but he did not say whether a ransom would be paid.',
      'Dubai-based television network Al Jazeera broadcast an audiotape of a man who said he was with the pirates. He identified himself as Farah Abd Jameh.',
      '"We will mechanically count the money and we have machines that can detect fake money," the man said.',
    );
    expect(attribution(article, 'he was with the pirates').speaker).not.toBe('Saud al Faisal');
    expect(attribution(article, 'We will mechanically count the money').speaker).not.toBe('Saud al Faisal');
  });

  test('"the man said" after a man named before is still that man', () => {
    const article = analyze('Rescue', 'Fisherman John Harlow pulled two swimmers from the water on Sunday.', '"The waves were huge," the man said.');
    expect(attribution(article, 'The waves were huge')).toMatchObject({ speaker: 'John Harlow' });
  });
});
