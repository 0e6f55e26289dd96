import { useId } from 'react';
import type { Gender, SourceType } from '../core/schema';
import { GENDERS, SOURCE_TYPES } from '../core/sourceKinds';
import { useKeyedChoice } from '../lib/useKeyedChoice';

export interface SourceKindFieldsProps {
  sourceType: SourceType;
  gender: Gender;
  onSourceType: (sourceType: SourceType) => void;
  onGender: (gender: Gender) => void;
  /** Smaller fields, for a correction inside a list line rather than a form of its own. */
  compact?: boolean;
  /** The types offered; every type unless told (a new person is offered all but `organisation`). */
  types?: ReadonlyArray<SourceType>;
}

/** A source's Type and Gender, side by side, each a choice of the words the reader uses everywhere. */
export function SourceKindFields({ sourceType, gender, onSourceType, onGender, compact = false, types = SOURCE_TYPES }: SourceKindFieldsProps) {
  const ids = useId();
  const typeChoice = useKeyedChoice(sourceType, (value) => onSourceType(types.find((t) => t === value) ?? 'unknown'));
  const genderChoice = useKeyedChoice(gender, (value) => onGender(GENDERS.find((g) => g === value) ?? 'unknown'));
  const label = compact ? 'mb-1 block' : 'mb-2 block text-sm';
  const field = `${compact ? 'min-h-10 text-sm' : 'min-h-11'} w-full rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-950`;
  return (
    <div className="grid grid-cols-2 gap-3">
      <div>
        <label htmlFor={`${ids}-type`} className={label}>
          Type
        </label>
        <select id={`${ids}-type`} {...typeChoice} className={field}>
          {types.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${ids}-gender`} className={label}>
          Gender
        </label>
        <select id={`${ids}-gender`} {...genderChoice} className={field}>
          {GENDERS.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
