import { render, screen, within } from '@testing-library/react';
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
