import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/voicedPossessive.ts: the his or her of a feeling or a view a speaker voices right after their name states
// their gender, whether the entity finder took the speaker for a person or for an organisation. Sentences copied from
// the dev half of tests/fixtures/real.

/** The entity named `name`: its source type and gender, each with the words shown for it. */
function sourceOf(article: Article, name: string) {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return { type: [entity.sourceType, entity.sourceEvidence?.text], gender: [entity.gender, entity.genderEvidence?.text] };
}

test('a handle that expressed her sadness is one woman (gv-thailand-akong-dies-in-prison)', () => {
  const source = sourceOf(
    analyze(
      'Thailand: Grandfather Serving Lese Majeste Sentence Dies in Prison',
      'On Twitter,‏ @supinya expressed her sadness:',
      'Rest in Peace for Uncle SMS, speechless as always. Sadness from both angles; humanity&human rights. My condolence to his family & friends.',
    ),
    '@supinya',
  );
  expect(source.gender).toEqual(['woman', 'her']);
});

test('a pen name that tweeted her contempt is one woman (gv-yemen-nodrones-campaign)', () => {
  const source = sourceOf(
    analyze(
      'Yemen: The #NoDrones Campaign',
      'A Yemeni journalist and poet who goes by the name Sana2 Al-Yemen tweeted her contempt:',
      '@Sanasiino: It is a disgusting thought to know US officials across the globe are playing a video game with our people in #Yemen. #NoDrones',
    ),
    'Sana2 Al-Yemen',
  );
  expect(source.gender).toEqual(['woman', 'her']);
});
