import { useId } from 'react';
import type { NewPerson } from '../core/corrections';
import { SourceKindFields } from './SourceKindFields';

/** A new person before the reader has said anything of them: no name, and a type and gender the text does not say. */
export const NO_PERSON: NewPerson = { name: '', role: '', sourceType: 'unknown', gender: 'unknown' };

/** Whether the new person can be added: a name with a letter in it. */
export function isNamed(person: NewPerson): boolean {
  return /\p{L}/u.test(person.name);
}

export interface NewPersonFieldsProps {
  person: NewPerson;
  onChange: (person: NewPerson) => void;
}

const FIELD = 'min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-950';

/** Who a person the engine missed is ("New person…" in a correction): name, role, type of source and gender. */
export function NewPersonFields({ person, onChange }: NewPersonFieldsProps) {
  const ids = useId();
  const set = (change: Partial<NewPerson>) => onChange({ ...person, ...change });
  return (
    <fieldset className="mt-3 space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">New person</legend>
      <label htmlFor={`${ids}-name`} className="block text-sm">
        Name <span className="text-stone-600 dark:text-stone-400">(required)</span>
      </label>
      <input id={`${ids}-name`} required autoComplete="off" value={person.name} onChange={(event) => set({ name: event.target.value })} className={FIELD} />
      <label htmlFor={`${ids}-role`} className="block text-sm">
        Role
      </label>
      <input id={`${ids}-role`} autoComplete="off" value={person.role} onChange={(event) => set({ role: event.target.value })} className={FIELD} />
      <SourceKindFields
        sourceType={person.sourceType}
        gender={person.gender}
        onSourceType={(sourceType) => set({ sourceType })}
        onGender={(gender) => set({ gender })}
      />
    </fieldset>
  );
}
