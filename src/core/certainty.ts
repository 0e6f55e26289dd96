import { certaintyOf } from './confidence';
import type { Quote } from './schema';

const INFERRED_FROM: Partial<Record<Quote['resolution'], string>> = {
  pronoun: 'from a pronoun',
  role: 'from a role noun',
  continuation: 'as a continuation of the previous speaker',
};

/**
 * How sure the attribution is, in words: a label (`Named in the text`, `Inferred`, `Uncertain` …) and how it was
 * reached; `confirmed` when a reader confirmed its speaker (isConfirmed in core/confirmed).
 */
export function certaintyWords(quote: Quote, confirmed = false): { label: string; how: string | null } {
  const inferred = INFERRED_FROM[quote.resolution] ?? null;
  switch (certaintyOf(quote)) {
    case 'named':
      return { label: 'Named in the text', how: null };
    case 'inferred':
      return { label: 'Inferred', how: inferred };
    case 'uncertain':
      return { label: 'Uncertain', how: `${inferred ? `inferred ${inferred}` : 'a guess'}, which the text only weakly supports` };
    case 'corrected':
      return { label: confirmed ? 'Confirmed by you' : 'Corrected by you', how: null };
    case 'unknown':
      return { label: 'Speaker unknown', how: null };
  }
}
