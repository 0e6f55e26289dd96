/** A share 0..1 as a whole percentage: 0.666 → "67%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
