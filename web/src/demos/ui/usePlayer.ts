import { useEffect, useState } from "react";

/**
 * Step and Play for an animated demo: while playing, the state moves on one step every `ms`
 * milliseconds until `end`. `go` sets a state by hand (Back, Step, a slider) and stops playing.
 * Show `running` and `setPlaying` with <PlayPause>.
 */
export function usePlayer<S>(state: S, setState: (next: S) => void, end: boolean, next: (s: S) => S, ms: number) {
  const [playing, setPlaying] = useState(false);
  const running = playing && !end;
  useEffect(() => {
    if (!running) return;
    const t = window.setTimeout(() => setState(next(state)), ms);
    return () => window.clearTimeout(t);
    // `next` and `ms` are fixed for a demo; only the state moves the clock on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running, state, setState]);
  const go = (s: S) => {
    setPlaying(false);
    setState(s);
  };
  return { running, setPlaying, go };
}
