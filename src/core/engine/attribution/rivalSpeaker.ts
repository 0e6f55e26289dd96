import type { FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Gender } from './gender';
import { objectBefore } from './objectBefore';
import type { Referent } from './types';

/**
 * Whether a sentence about `focus` has a second speaker a pronoun of `gender` may as well mean: one of `others` named
 * after the focus in the same paragraph, right before a speech verb of their own, whose gender the text (`genderOf`)
 * and their first name do not set against the pronoun ("President Andrzej Duda said the victims were … while Interior
 * Minister Joachim Brudziński wrote he had ordered fire safety checks …. He tweeted, “…”", fresh Wikinews 2019: "He"
 * is as likely the later speaker; an adverb may come before the verb). The pronoun then abstains. `texts`: the blocks'
 * texts the offsets are in.
 */
export function rivalSpeaker(
  focus: Referent,
  others: ReadonlyArray<Referent>,
  gender: Gender,
  texts: ReadonlyArray<string>,
  genderOf: (entity: FoundEntity) => Gender | null,
): boolean {
  const opposite: Gender = gender === 'male' ? 'female' : 'male';
  return others.some((p) => {
    if (p.at.block !== focus.at.block || p.at.start <= focus.at.end) return false;
    const stated = genderOf(p.entity);
    if ((stated !== null && stated !== gender) || firstNameGender(p.entity.name.split(/\s+/)[0] ?? '') === opposite) return false;
    const text = texts[p.at.block] ?? '';
    // An adverb may stand before the verb: "a charge that Correa quickly denied. \"I cannot accept Uribe's lies,\" he said." (AMALGUM_news_leaders).
    const verb = /^\s+(?:also\s+|later\s+|then\s+|\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(text.slice(p.at.end))?.[1];
    // "… and addressed Prime Minister Narendra Modi demanding …": the one addressed is no speaker (`objectBefore`).
    if (verb?.endsWith('ing') && objectBefore(text.slice(Math.max(0, p.at.start - 80), p.at.start), true)) return false;
    return verb !== undefined && isSpeechVerb(verb);
  });
}
