import { useRegisterSW } from 'virtual:pwa-register/react';

// A reader may keep the page open for days; the browser looks for a new version only on navigation.
const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface NewVersion {
  /** A new version is installed and waits for the reader's word. */
  waiting: boolean;
  /** Lets the waiting version take over; the page reloads once it has. */
  reload: () => void;
  dismiss: () => void;
}

/** Registers the service worker that keeps the app offline, and tells when a new version waits. */
export function useNewVersion(): NewVersion {
  const {
    needRefresh: [waiting, setWaiting],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // Offline, the check fails; the next one tries again.
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
  return { waiting, reload: () => void updateServiceWorker(true), dismiss: () => setWaiting(false) };
}
