import { render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { AttributionPanel } from '../../src/features/attribution/AttributionPanel';
import { queryWrapper } from './queryWrapper';

type PanelProps = ComponentProps<typeof AttributionPanel>;

/**
 * Renders the attribution panel for one quote's view, as the reader shows it unfiltered and without taking focus,
 * with callbacks that do nothing unless a test passes its own.
 */
export function renderAttributionPanel(props: Pick<PanelProps, 'article' | 'view'> & Partial<PanelProps>) {
  return render(
    <AttributionPanel
      colourClass="speaker-0"
      takeFocus={false}
      filteredToSpeaker={false}
      onClose={() => {}}
      onOnlySpeaker={() => {}}
      speakers={[]}
      onChangeSpeaker={() => {}}
      onNewSpeaker={() => {}}
      onNotAQuote={() => {}}
      onTabOut={() => false}
      {...props}
    />,
    { wrapper: queryWrapper() },
  );
}
