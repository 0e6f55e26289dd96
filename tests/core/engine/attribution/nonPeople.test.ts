import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// Places, titles and headings are not who speaks. From the development half (gv-drc-goma-clandestine-abortions) and
// fresh NASA and digital.gov articles (public domain, works of the US federal government).

test('"A pastor from Goma suggests: “…”" is the pastor’s (unnamed), not the city’s', () => {
  const article = analyze(
    'Democratic Republic of Congo: Clandestine Abortions on the Rise in Goma',
    'Illegal abortion is a common practice in several provinces of the Democratic Republic of Congo, particularly in Goma, Nord-Kivu.',
    'Since December 2011, 11 foetuses have been found in gutters and 3 strangled babies have been found in public bins. A pastor from Goma suggests: "Enough is enough!"',
  );
  expect(attribution(article, 'Enough is enough!').speaker).not.toBe('Goma');
});

test('"Dr. X, an astronomer at NASA Ames says …" is X’s, not the research centre’s', () => {
  const article = analyze(
    'Natasha Batalha: Exploring New Worlds Together',
    'NASA Deputy Associate Administrator Casey Swails views a demonstration on screen in the Airspace Operations Laboratory at NASA Ames.',
    'Nahum Alem award announcement on the digital sign in front of NASA Ames as one drives into the gate.',
    'Science is often portrayed as a solitary affair, where discoveries are made by lone geniuses toiling in isolation. But Dr. Natasha Batalha, an astronomer at NASA Ames says solving problems with the people around her is one of the best parts of her job.',
    '“Oh, man, working with people is all I do!” said Batalha.',
  );
  expect(attribution(article, 'solving problems with the people around her').speaker).toBe('Natasha Batalha');
});

test.each([
  ['NASA’s Lunar Exploration', 'NASA Science Aboard Intuitive Machines Continues Journey to Moon, Landing Coverage set for Feb. 22'],
  [
    'Snapchat and Government',
    'A recent New York Times article described how nearly 35 million users in the United States watched highlights and stories from the Summer Olympics on Snapchat.',
  ],
])('a capitalised verb inside a title or a name ("Continues", "States") introduces no reported speech: %s', (headline, text) => {
  expect(quotesOf(analyze(headline, text)).filter((q) => q.kind === 'reported')).toEqual([]);
});
