import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/penName.ts: a speaker the entity finder took for an organisation but the text writes as one person, a blogger
// or a user under a pen name or a handle: a citizen's role word before the name types it (and the his or her of a view
// it voices states its gender, voicedPossessive.ts). Sentences copied from the dev half of tests/fixtures/real.

/** The entity named `name`: its source type and gender, each with the words shown for it. */
function sourceOf(article: Article, name: string) {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return { type: [entity.sourceType, entity.sourceEvidence?.text], gender: [entity.gender, entity.genderEvidence?.text] };
}

test('a blogger titled before a pen name voices his concern: citizen, man (gv-indonesia-mosques-prayer-call-volume)', () => {
  const source = sourceOf(
    analyze(
      'Indonesia: Should Mosques Lower Prayer Volume?',
      'But many Indonesians advised Boediono to address other more important issues. Blogger happydsf [id], voices his concern:',
      'Sungguh disayangkan, bahkan sepertinya negara ini ingin mengintimidasi kebebasan warga muslim, di negaranya sendiri, yang notabene juga di sebut negara dengan jumlah penduduk muslim yang mayoritas. masih banyak hal yang harus diselesaikan para wakil rakyat daripada harus mengurusi pengeras suara untuk panggilan sholat.',
    ),
    'happydsf',
  );
  expect(source.type).toEqual(['citizen', 'Blogger']);
  expect(source.gender).toEqual(['man', 'his']);
});

test('a photoblogger titled before a pen name: citizen (gv-caribbean-mothers-day-bloggers)', () => {
  const source = sourceOf(
    analyze(
      'Caribbean: Supporting Our Mothers',
      'Photoblogger chookooloonks meanwhile, confessed that:',
      "I always feel just a tiny bit strange accepting gifts on Mother's Day...I don't 'mother' so that I can get gifts once a year for my efforts. I mother for a lot of selfish reasons: because I wanted to be a mom. Because I get a hell of a lot out of my relationship with my kid. Because that's what I'm wired to do.",
    ),
    'chookooloonks',
  );
  expect(source.type).toEqual(['citizen', 'Photoblogger']);
});
