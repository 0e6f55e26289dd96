/**
 * Whatever a browser stored, as JSON text for a reader to download and keep. Structured clone holds what JSON cannot
 * (big integers, an object that holds itself): those are written as text rather than making this throw.
 */
export function rawJson(raw: unknown): string {
  try {
    return `${JSON.stringify(raw, null, 2) ?? 'null'}\n`;
  } catch {
    const seen = new WeakSet<object>();
    const text = JSON.stringify(
      raw,
      (_key, value: unknown) => {
        if (typeof value === 'bigint') return value.toString();
        if (value !== null && typeof value === 'object') {
          if (seen.has(value)) return '[seen above]';
          seen.add(value);
        }
        return value;
      },
      2,
    );
    return `${text ?? 'null'}\n`;
  }
}
