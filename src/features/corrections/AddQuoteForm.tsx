import { useId, useState } from 'react';
import type { NewPerson } from '../../core/corrections';
import { quoteProblem } from '../../core/quoteSelection';
import type { Block, Entity, Quote } from '../../core/schema';
import { Modal } from '../../ui/Modal';
import { isNamed, NewPersonFields, NewSpeakerOptions, newSpeakerFor, newSpeakerNoun, NO_PERSON } from '../../ui/NewPersonFields';
import { SpeakerOptions } from '../../ui/SpeakerOptions';

export interface AddQuoteFormProps {
  block: Block;
  start: number;
  end: number;
  speakers: ReadonlyArray<Entity>;
  /** The ids of the speakers the article already gives a quote to, offered first. */
  quoted: ReadonlySet<string | null>;
  onAdd: (kind: Quote['kind'], speakerId: string | null) => void;
  /** Adds the quote for a person (or organisation) the reader adds with it ("New person…", "New organisation…"). */
  onAddNewPerson: (kind: Quote['kind'], person: NewPerson) => void;
  onClose: () => void;
}

/** The select's value for a quote given to no one; entity ids are slugs and never start with a colon. */
const UNATTRIBUTED = ':unattributed';

/** Turns the words a reader selected into a quote with the speaker they choose. */
export function AddQuoteForm({ block, start, end, speakers, quoted, onAdd, onAddNewPerson, onClose }: AddQuoteFormProps) {
  const ids = useId();
  // Nothing is chosen for the reader: a pre-selected speaker would be an attribution they never made.
  const [kind, setKind] = useState<Quote['kind'] | null>(null);
  const [speakerId, setSpeakerId] = useState('');
  const [person, setPerson] = useState(NO_PERSON);
  const newPerson = newSpeakerFor(speakerId) !== null;
  const blocked = kind ? quoteProblem(block, start, end, kind) : null;
  const missing = [
    kind ? null : 'a kind',
    speakerId ? null : 'a speaker (or Unattributed)',
    newPerson && !isNamed(person) ? `a name for the new ${newSpeakerNoun(person)}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  const text = block.text.slice(start, end);
  return (
    <Modal title="Add a quote" onClose={onClose}>
      <blockquote className="mb-4 border-l-4 border-stone-400 pl-3 font-serif">{text}</blockquote>
      <fieldset className="mb-4">
        <legend className="mb-1 text-sm font-semibold">Kind</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <input type="radio" name={`${ids}-kind`} checked={kind === 'direct'} onChange={() => setKind('direct')} /> Direct quote
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input type="radio" name={`${ids}-kind`} checked={kind === 'reported'} onChange={() => setKind('reported')} /> Reported speech
        </label>
      </fieldset>
      <label htmlFor={`${ids}-speaker`} className="mb-1 block text-sm font-semibold">
        Speaker
      </label>
      <select
        id={`${ids}-speaker`}
        value={speakerId}
        onChange={(event) => {
          setSpeakerId(event.target.value);
          // A new person and a new organisation ask different things: switching between them starts afresh.
          const blank = newSpeakerFor(event.target.value);
          if (blank && blank.type !== person.type) setPerson(blank);
        }}
        className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-950"
      >
        <option value="" disabled>
          Choose a speaker…
        </option>
        <SpeakerOptions speakers={speakers} quoted={quoted} />
        <option value={UNATTRIBUTED}>Unattributed</option>
        <NewSpeakerOptions />
      </select>
      {newPerson && <NewPersonFields person={person} onChange={setPerson} />}
      {missing && <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">Choose {missing}.</p>}
      {blocked && (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
          {blocked}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-3">
        <button type="button" onClick={onClose} className="min-h-11 rounded-lg border border-stone-300 px-4 dark:border-stone-700">
          Cancel
        </button>
        <button
          type="button"
          disabled={blocked !== null || missing !== ''}
          onClick={() => {
            if (!kind) return;
            if (newPerson) onAddNewPerson(kind, person);
            else onAdd(kind, speakerId === UNATTRIBUTED ? null : speakerId);
          }}
          className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white disabled:opacity-60 dark:bg-blue-300 dark:text-blue-950"
        >
          Add quote
        </button>
      </div>
    </Modal>
  );
}
