import { useId } from 'react';
import type { NewPerson } from '../core/corrections';
import { PERSON_SOURCE_TYPES } from '../core/sourceKinds';
import { SourceKindFields } from './SourceKindFields';

/** A new person before the reader has said anything of them: no name, and a type and gender the text does not say. */
export const NO_PERSON: NewPerson = { name: '', role: '', sourceType: 'unknown', gender: 'unknown' };
/** A new organisation before the reader has named it: an organisation is its own type of source and has no gender. */
const NO_ORGANISATION: NewPerson = { type: 'organization', name: '', role: '', sourceType: 'organisation', gender: 'unknown' };

/** The speaker choices' values for "New person…" and "New organisation…"; entity ids are slugs and never start with a colon. */
const NEW_PERSON = ':new-person';
const NEW_ORGANISATION = ':new-organisation';

/** The blank speaker a speaker choice's value asks for (New person…, New organisation…), or null for any other value. */
export const newSpeakerFor = (value: string): NewPerson | null => (value === NEW_PERSON ? NO_PERSON : value === NEW_ORGANISATION ? NO_ORGANISATION : null);

/** The speaker choice's value that stands for a blank speaker being filled in. */
export const valueOfNew = (person: NewPerson): string => (person.type === 'organization' ? NEW_ORGANISATION : NEW_PERSON);

/** The last options of a speaker choice: a person or an organisation the reader adds. */
export function NewSpeakerOptions() {
  return (
    <>
      <option value={NEW_PERSON}>New person…</option>
      <option value={NEW_ORGANISATION}>New organisation…</option>
    </>
  );
}

/** Whether the new person can be added: a name with a letter in it. */
export function isNamed(person: NewPerson): boolean {
  return /\p{L}/u.test(person.name);
}

/** "person" or "organisation", as the fields and their button say it. */
export const newSpeakerNoun = (person: NewPerson): string => (person.type === 'organization' ? 'organisation' : 'person');

export interface NewPersonFieldsProps {
  person: NewPerson;
  onChange: (person: NewPerson) => void;
}

const FIELD = 'min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-950';

/**
 * Who a speaker the engine missed is ("New person…" in a correction): name, role, type of source and gender; for
 * "New organisation…", its name and what it is, as an organisation is its own type of source and has no gender.
 */
export function NewPersonFields({ person, onChange }: NewPersonFieldsProps) {
  const ids = useId();
  const set = (change: Partial<NewPerson>) => onChange({ ...person, ...change });
  const organisation = person.type === 'organization';
  return (
    <fieldset className="mt-3 space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">{organisation ? 'New organisation' : 'New person'}</legend>
      <label htmlFor={`${ids}-name`} className="block text-sm">
        Name <span className="text-stone-600 dark:text-stone-400">(required)</span>
      </label>
      <input id={`${ids}-name`} required autoComplete="off" value={person.name} onChange={(event) => set({ name: event.target.value })} className={FIELD} />
      <label htmlFor={`${ids}-role`} className="block text-sm">
        {organisation ? 'What it is' : 'Role'}
      </label>
      <input id={`${ids}-role`} autoComplete="off" value={person.role} onChange={(event) => set({ role: event.target.value })} className={FIELD} />
      {!organisation && (
        <SourceKindFields
          sourceType={person.sourceType}
          gender={person.gender}
          types={PERSON_SOURCE_TYPES}
          onSourceType={(sourceType) => set({ sourceType })}
          onGender={(gender) => set({ gender })}
        />
      )}
    </fieldset>
  );
}
