import { render, screen } from '@testing-library/react';
import { OverviewFilters } from '../../../src/features/overview/OverviewFilters';

const noOutlet = { outlet: null, from: null, to: null };

test('the chosen publication dates are written out as the app writes dates, whatever format the browser shows them in', () => {
  const { rerender } = render(<OverviewFilters outlets={[]} filter={{ ...noOutlet, from: '2024-06-01', to: '2024-06-30' }} onChange={() => {}} />);
  expect(screen.getByText('Counting articles published from 1 June 2024 until 30 June 2024.')).toBeInTheDocument();
  expect(screen.getByLabelText('Published from')).toHaveAccessibleDescription('Counting articles published from 1 June 2024 until 30 June 2024.');

  rerender(<OverviewFilters outlets={[]} filter={{ ...noOutlet, to: '2022-02-10' }} onChange={() => {}} />);
  expect(screen.getByText('Counting articles published until 10 February 2022.')).toBeInTheDocument();

  rerender(<OverviewFilters outlets={[]} filter={noOutlet} onChange={() => {}} />);
  expect(screen.queryByText(/Counting articles/)).not.toBeInTheDocument();
});
