import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { AnalysisStatus } from '../../../src/features/open/AnalysisStatus';

test('while an analysis runs, the status names its stage and holds a progress bar named Analysis progress', () => {
  const { rerender } = render(<AnalysisStatus fileNote={null} problem={null} progress={{ stage: 'Finding quotes', done: 0 }} />);
  const status = screen.getByRole('status');
  expect(status).toHaveTextContent('Finding quotes…');
  // Nothing done yet: the bar has no value, so it shows work going on rather than an empty bar.
  expect(within(status).getByRole('progressbar', { name: 'Analysis progress' })).not.toHaveAttribute('value');

  rerender(<AnalysisStatus fileNote={null} problem={null} progress={{ stage: 'Finding quotes', done: 0.5 }} />);
  expect(screen.getByRole('progressbar', { name: 'Analysis progress' })).toHaveAttribute('value', '0.5');
});

test('a problem is scrolled into view, so that a reader on a phone sees why nothing opened', () => {
  const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
  const { rerender } = render(<AnalysisStatus fileNote={null} problem={null} progress={null} />);
  expect(scrolled).not.toHaveBeenCalled();
  rerender(<AnalysisStatus fileNote={null} problem="There is no article text yet" progress={null} />);
  expect(scrolled).toHaveBeenCalledOnce();
  expect(scrolled.mock.contexts[0]).toBe(screen.getByRole('alert'));
  scrolled.mockRestore();
});
