import type { Entity } from '../../core/schema';
import { sourceOf } from '../../core/sources';

export interface SpeakerSourceProps {
  speaker: Entity;
}

/** What kind of source the speaker is, as a term and its definition; for an anonymous one, why the article does not name them. */
export function SpeakerSource({ speaker }: SpeakerSourceProps) {
  const { type, typeEvidence, anonymity } = sourceOf(speaker);
  const reason = anonymity?.reason ?? null;
  return (
    <>
      <dt className="text-stone-600 dark:text-stone-400">Source</dt>
      {type === 'anonymous' ? (
        <dd>
          <strong className="font-semibold">Anonymous source</strong>
          {reason ? (
            <>
              {': '}
              <q>{reason.text}</q>
            </>
          ) : (
            <span className="text-stone-700 dark:text-stone-300"> · No reason given</span>
          )}
        </dd>
      ) : (
        <dd>
          {type}
          {typeEvidence && (
            <span className="text-stone-600 dark:text-stone-400">
              {' '}
              · from <q>{typeEvidence.text}</q>
            </span>
          )}
        </dd>
      )}
    </>
  );
}
