import { useEffect, useState } from "react";

export type Async<T> = { status: "loading" } | { status: "ok"; data: T } | { status: "error"; message: string };

/** Run an async load when the key changes; a newer load wins over an older one. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Async<T> {
  const [state, setState] = useState<{ key: string; value: Async<T> }>({ key, value: { status: "loading" } });
  useEffect(() => {
    const ctl = new AbortController();
    load(ctl.signal).then(
      (data) => setState({ key, value: { status: "ok", data } }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        setState({ key, value: { status: "error", message: e instanceof Error ? e.message : String(e) } });
      },
    );
    return () => ctl.abort();
    // `load` is a fresh closure each render; the key says when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: "loading" };
}
