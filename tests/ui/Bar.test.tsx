import { render } from '@testing-library/react';
import { Bar } from '../../src/ui/Bar';

/** The width of the bar's fill, as the reader sees it drawn. */
const fillWidth = (share: number) => {
  const { container } = render(<Bar share={share} />);
  return (container.querySelector('[aria-hidden="true"] > div') as HTMLElement).style.width;
};

test('no one of a kind (woman 0, 0 %) draws no fill at all, while a share too small to see still shows a sliver', () => {
  expect(fillWidth(0)).toBe('0%');
  expect(fillWidth(0.001)).toBe('1%');
  expect(fillWidth(0.5)).toBe('50%');
});
