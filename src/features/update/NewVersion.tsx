import { NewVersionNotice } from './NewVersionNotice';
import { useNewVersion } from './useNewVersion';

/** The app's offline service worker, and its notice when a new version waits. */
export function NewVersion() {
  const { waiting, reload, dismiss } = useNewVersion();
  return waiting ? <NewVersionNotice onReload={reload} onDismiss={dismiss} /> : null;
}
