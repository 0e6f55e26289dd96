import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

/**
 * The flags every Chromium this project starts gets (browser tests, benches, Lighthouse): the closed network's (no
 * background requests, no component or sync updates, no first-run pages) and no WebUI address-bar popups: Chromium
 * 156's headless mode builds each new window's popup from ~400 of its own modules (~0.6–1 s of parsing on background
 * threads), so every page a bench opened was timed while that competed for the 2 cores.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** Debian's Chromium (or `CHROMIUM_PATH`) with `CHROMIUM_ARGS`; no browser is downloaded. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves a build (dist/ unless told) with vite preview on a port of its own; resolves once it answers. */
export async function startPreview(port, outDir = 'dist') {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}
