import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS: ReadonlyArray<string>;
export function launchChromium(): Promise<Browser>;
export function startPreview(port: number, outDir?: string): Promise<{ url: string; stop: () => void }>;
