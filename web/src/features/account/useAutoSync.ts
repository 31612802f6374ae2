import { useEffect, useSyncExternalStore } from "react";
import { progress } from "../../progress/store";
import { accountApi } from "./api";
import { syncNow } from "./sync";

/** Wait this long after the last new event before syncing, so a burst of runs is one upload. */
export const SYNC_DELAY_MS = 3000;

/**
 * Mount once in the app shell: while someone is signed in, new events go to the server a few
 * seconds after they happen. Offline or signed out, nothing happens and nothing is lost: the
 * events stay in localStorage and go with the next sync.
 */
export function useAutoSync(): void {
  const events = useSyncExternalStore(progress.subscribe, progress.getEvents);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      accountApi
        .me()
        .then((user) => (user ? syncNow() : null))
        .catch(() => {
          // Offline or the server is restarting: the next event or reload tries again.
        });
    }, SYNC_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [events]);
}
