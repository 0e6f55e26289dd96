import type { Entity } from '../core/schema';

export interface SpeakerOptionsProps {
  /** Everyone a quote can be given to, in the order the text names them. */
  speakers: ReadonlyArray<Entity>;
  /** The ids of those the article already gives a quote to. */
  quoted: ReadonlySet<string | null>;
}

/**
 * A speaker choice's options, those the article already quotes first: in the order the text names them, the people a
 * reader is likely to want came among every organisation, account and initialism in the text (in
 * wikinews-trump-announces-troop-withdrawal-from-syria-2019-10-08, Lindsey Graham after "Twitter", "ISIL", "WH" and
 * "ERV", 15th of 21).
 */
export function SpeakerOptions({ speakers, quoted }: SpeakerOptionsProps) {
  const groups = [
    { label: 'Quoted in this article', members: speakers.filter((entity) => quoted.has(entity.id)) },
    { label: 'Others named in it', members: speakers.filter((entity) => !quoted.has(entity.id)) },
  ];
  return groups.map(
    ({ label, members }) =>
      members.length > 0 && (
        <optgroup key={label} label={label}>
          {members.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </optgroup>
      ),
  );
}
