export interface BundleSizes {
  js: number;
  css: number;
  lazy: Array<{ name: string; bytes: number }>;
}

export function bundleSizes(dist?: URL): BundleSizes;
export function kib(bytes: number): string;
