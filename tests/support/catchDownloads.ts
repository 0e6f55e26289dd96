import { vi } from 'vitest';

export interface Saved {
  name: string;
  type: string;
  text: string;
}

/** Catches what the panel hands the browser to save: the file's name, its type and its text. */
export function catchDownloads(): Array<Saved> {
  const saved: Array<Saved> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`nothing to save at ${this.href}`);
    void blob
      .arrayBuffer()
      .then((bytes) => saved.push({ name: this.download, type: blob.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }));
  });
  return saved;
}
