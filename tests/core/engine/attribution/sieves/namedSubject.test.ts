import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/namedSubject.ts: a first-person quote with no cue is the one person named as a subject just before it, in
// the sentence before or opening its own sentence. Sentences from a development article (Fan Expo Canada 2019) and
// fresh Wikinews pages (Toronto Comicon 2019, Anime North 2019).

describe('the subject of the sentence before a first-person quote', () => {
  test('a parenthesis of works after the name names no other speaker', () => {
    const article = analyze(
      'Fan Expo Canada 2019 offers celebrities, cosplay, panels',
      'At the panel "Breaking Into Comics," speakers shared their insights into getting started as a comic artist or writer. Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to re-evaluate her life, after growing up with ample positive reinforcement about being an artist. "In my first stint, I didn\'t get any work. [...] it feels really good to have people coming to you."',
    );
    expect(attribution(article, 'In my first stint')).toMatchObject({ kind: 'direct', speaker: 'Jenn St-Onge', cue: null, resolution: 'continuation' });
  });

  test('the quote’s sentence may open on a scene-setting phrase, the sentence before may quote the subject', () => {
    const article = analyze(
      'Fan Expo Canada 2019 offers celebrities, cosplay, panels',
      "The cast of the sitcom Kim's Convenience had a panel in a room for 700 people.",
      'Lead Paul Sun-Hyung Lee talked about how the series has been underestimated "up \'til now." During the premiere, "I felt like Cinderella at the ball [...] I\'m a jobber, I\'ve been working as an actor for like, close to 25 years, lots of small roles."',
    );
    expect(attribution(article, 'I felt like Cinderella')).toMatchObject({ speaker: 'Paul Sun-Hyung Lee', cue: null });
  });

  test('another person named before the quote, or a quote in the third person, stays unattributed', () => {
    const article = analyze(
      'Fan Expo Canada 2019 offers celebrities, cosplay, panels',
      'Lead Paul Sun-Hyung Lee talked about the series with co-star Jean Yoon. During the premiere, "I felt like Cinderella at the ball."',
      'Comic artist Jenn St-Onge talked about her early years. During the panel, "She never got any work in my first stint."',
    );
    expect(attribution(article, 'I felt like Cinderella').speaker).toBeNull();
    expect(attribution(article, 'She never got any work').speaker).toBeNull();
  });
});

describe('the subject opening the sentence that quotes first-person words', () => {
  test("'Lisa Mancini has been cosplaying …, her “passion” for the hobby “stemmed through my love for Halloween.”'", () => {
    const article = analyze(
      'Toronto ComiCon 2019 welcomes fans with celebrities, creativity',
      'Lisa Mancini has been cosplaying for two years, her "passion" for the hobby "stemmed through my love for Halloween." She typically chooses "to portray beloved characters from childhood or strong females. I also enjoy a good gender bent cosplay to ensure a touch of uniqueness!"',
    );
    expect(attribution(article, 'stemmed through my love')).toMatchObject({ speaker: 'Lisa Mancini', cue: null, resolution: 'continuation' });
    expect(attribution(article, 'to portray beloved characters')).toMatchObject({ speaker: 'Lisa Mancini', cue: null });
  });

  test("'Then just 19 years old, she looked at the role as a “chance to face my demons,” …' is Tipton's", () => {
    const article = analyze(
      "Toronto's Anime North 2019 brings thousands of fans together",
      'US voice actor Alexis Tipton marveled at the growth of the anime industry in the last decade.',
      'Early in her career, Tipton was cast as a voice for My Bride is a Mermaid, a role that required singing. Then just 19 years old, she looked at the role as a "chance to face my demons," having questioned her abilities for years.',
    );
    expect(attribution(article, 'chance to face my demons')).toMatchObject({ speaker: 'Alexis Tipton', cue: null });
  });

  test('a sentence that names someone else as well abstains', () => {
    const article = analyze(
      'Toronto ComiCon 2019 welcomes fans with celebrities, creativity',
      'Lisa Mancini met Ron Perlman on Saturday, and the meeting "stemmed through my love for Halloween."',
    );
    expect(attribution(article, 'stemmed through my love').speaker).toBeNull();
  });
});
