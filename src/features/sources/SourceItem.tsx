import type { SourceChange } from '../../core/corrections';
import type { Entity } from '../../core/schema';
import type { SourceLine } from '../../core/sourcesSummary';
import { Bar } from '../../ui/Bar';
import { Hint } from '../../ui/Hint';
import { percent } from './percent';
import { SourceCorrection } from './SourceCorrection';

export interface SourceItemProps {
  line: SourceLine;
  colourClass: string;
  /** The others this source could be the same person as. */
  others: ReadonlyArray<Entity>;
  onSetSource: (entityId: string, change: SourceChange) => void;
  onMerge: (keptId: string, mergedId: string) => void;
}

/** One source: name, type, gender, quotes, share of the quoted words and reporting verbs, and its corrections. */
export function SourceItem({ line, colourClass, others, onSetSource, onMerge }: SourceItemProps) {
  const { entity, facts, quotes, share, verbs } = line;
  const setByYou = entity.corrected ? 'Set by you' : null;
  const reason = facts.anonymity?.reason;
  const typeHint =
    [
      facts.typeEvidence && `From the text: “${facts.typeEvidence.text}”`,
      facts.type === 'anonymous' && (reason ? `Not named: “${reason.text}”` : 'No reason given'),
    ]
      .filter(Boolean)
      .join('; ') || setByYou;
  const genderHint = facts.genderEvidence ? `From the text: “${facts.genderEvidence.text}”` : setByYou;
  // A bare "unknown" beside another ("official · unknown") does not say which of the two is not known.
  const type = facts.type === 'unknown' ? 'type unknown' : facts.type;
  const gender = facts.gender === 'unknown' ? 'gender unknown' : facts.gender;
  return (
    <li className={colourClass}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium">{entity.name}</span>
        <span className="tabular-nums text-stone-700 dark:text-stone-300">
          {percent(share)}
          <span className="sr-only"> of quoted words</span>
        </span>
      </div>
      <Bar share={share} fill="swatch" className="mt-1" />
      {/* Positioned, so that the words' hints line up with it and stay inside the column. */}
      <p className="relative mt-1.5 text-xs text-stone-700 dark:text-stone-300">
        {/* The spaces stay outside the hidden dots, or a screen reader gets the words run together ("unknown6 quotes"). */}
        {typeHint ? <Hint label={type} hint={typeHint} /> : type} <span aria-hidden="true">·</span>{' '}
        {genderHint ? <Hint label={gender} hint={genderHint} /> : gender} <span aria-hidden="true">·</span> {quotes} {quotes === 1 ? 'quote' : 'quotes'}
      </p>
      {verbs.length > 0 && (
        <p className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">{verbs.map(({ verb, count }) => `${verb} ×${count}`).join(', ')}</p>
      )}
      <SourceCorrection entity={entity} facts={facts} others={others} onSetSource={onSetSource} onMerge={onMerge} />
    </li>
  );
}
