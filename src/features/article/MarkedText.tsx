import type { ReactNode } from 'react';
import type { Piece } from '../../core/segments';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';

export interface MarkedTextProps {
  piece: Piece;
  /** Colour position of each speaker, by entity id. */
  speakerIndex: ReadonlyMap<string, number>;
  highlightEntityId: string | null;
  /** Colour class of the selected quote's speaker, for its cue marks. */
  selectionClass: string;
}

/** One piece of text with what lies over it: a person's mention, a chosen entity, the selected quote's cue. */
export function MarkedText({ piece, speakerIndex, highlightEntityId, selectionClass }: MarkedTextProps) {
  let content: ReactNode = piece.text;
  const { mention } = piece;
  if (mention && speakerIndex.has(mention.entityId)) {
    content = <span className={cx('mention-person', speakerClass(speakerIndex.get(mention.entityId) ?? -1))}>{content}</span>;
  }
  if (mention && mention.entityId === highlightEntityId) {
    content = <mark className="mark-entity">{content}</mark>;
  }
  if (piece.marks.includes('cue')) {
    content = <mark className={cx('mark-cue', selectionClass)}>{content}</mark>;
  }
  if (piece.marks.includes('antecedent')) {
    content = <mark className={cx('mark-antecedent', selectionClass)}>{content}</mark>;
  }
  if (piece.filteredOut) {
    content = <span className="text-stone-500 dark:text-stone-400">{content}</span>;
  }
  return content;
}
