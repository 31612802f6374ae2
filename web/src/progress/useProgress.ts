import { useMemo, useSyncExternalStore } from "react";
import { deriveStats, type ModuleStats } from "./events";
import { progress } from "./store";

/** Per-module stats, recomputed only when an event is added. */
export function useProgressStats(): Map<string, ModuleStats> {
  const events = useSyncExternalStore(progress.subscribe, progress.getEvents);
  return useMemo(() => deriveStats(events), [events]);
}
