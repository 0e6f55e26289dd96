import { useCallback, useMemo } from 'react';
import type { AttributionView } from '../core/attribution';
import { speakerChoices } from '../core/choices';
import type { Article } from '../core/schema';
import { AttributionPanel } from '../features/attribution/AttributionPanel';
import { useCorrect } from '../features/corrections/useCorrect';
import type { SpeakerFilter } from '../features/filter/useSpeakerFilter';
import { besideText } from '../lib/besideText';
import { speakerClass } from '../lib/speakerColour';
import type { QuoteSelection } from './useQuoteSelection';

export interface QuoteAttributionProps {
  article: Article;
  view: AttributionView;
  speakerIndex: ReadonlyMap<string, number>;
  filter: SpeakerFilter;
  selected: QuoteSelection;
  onFilter: (personIds: ReadonlyArray<string>) => void;
  /** Keeps a corrected article. */
  onChange: (article: Article) => void;
}

/**
 * The selected quote's attribution, with the corrections a reader makes there. It loads after the first paint with
 * the panel, so that none of this weighs on the first load.
 */
export function QuoteAttribution({ article, view, speakerIndex, filter, selected, onFilter, onChange }: QuoteAttributionProps) {
  const correct = useCorrect(onChange);
  const speakers = useMemo(() => speakerChoices(article), [article]);
  const speakerId = view.speaker?.id;
  const { chosenIds } = filter;
  // Close and Escape go back where the quote was opened from: the Close button's click event is no `toQuote`.
  const { close } = selected;
  const closeBack = useCallback(() => close(), [close]);
  return (
    <AttributionPanel
      article={article}
      view={view}
      colourClass={speakerClass(speakerId === undefined ? -1 : (speakerIndex.get(speakerId) ?? -1))}
      takeFocus={selected.takeFocus}
      filteredToSpeaker={speakerId !== undefined && chosenIds.length === 1 && chosenIds[0] === speakerId}
      onClose={closeBack}
      onOnlySpeaker={(id) => {
        onFilter([id]);
        // A phone's sheet covers the text the reader has just filtered, so it closes, focus back on the quote (in the
        // text even when the timeline opened it: the reader asked to see the filtered text).
        if (!besideText()) selected.close(true);
      }}
      speakers={speakers}
      onChangeSpeaker={(id, newSpeakerId) => correct((m) => m.changeSpeaker(article, id, newSpeakerId))}
      onNewSpeaker={(id, person) => correct((m) => m.withNewPerson(article, person, (a, newSpeakerId) => m.changeSpeaker(a, id, newSpeakerId)))}
      onNotAQuote={(id) => {
        selected.closeRemoved();
        correct((m) => m.removeQuote(article, id));
      }}
      onTabOut={selected.tabOut}
    />
  );
}
