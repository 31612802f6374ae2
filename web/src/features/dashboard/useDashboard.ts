import { useEffect, useState, useSyncExternalStore } from "react";
import { progress } from "../../progress/store";
import { accountApi, type Dashboard } from "../account/api";
import { utcOffsetMinutes } from "./logic";

export type DashboardState =
  | { status: "loading" }
  | { status: "ok"; data: Dashboard }
  | { status: "error"; message: string };

/** The dashboard for this browser's events, computed by the server's rules (no account
 *  needed, nothing stored); recomputed whenever an event is recorded. */
export function useDashboard(): DashboardState {
  const events = useSyncExternalStore(progress.subscribe, progress.getEvents);
  const [state, setState] = useState<DashboardState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    accountApi.derive(events, utcOffsetMinutes(new Date())).then(
      (data) => {
        if (live) setState({ status: "ok", data });
      },
      (e: unknown) => {
        if (live) setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [events]);
  return state;
}
