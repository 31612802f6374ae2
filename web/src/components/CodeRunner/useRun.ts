import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, runCode } from "../../client";
import { EMPTY_OUTPUT, addEvent, type RunOutput } from "./output";

export interface RunState {
  output: RunOutput;
  running: boolean;
  error: string | null;
}

/** Run code on the server and collect its streamed output; stop() cancels the stream. */
export function useRun(onDone?: (status: string) => void) {
  const [state, setState] = useState<RunState>({ output: EMPTY_OUTPUT, running: false, error: null });
  const ctl = useRef<AbortController | null>(null);
  const doneRef = useRef(onDone);
  useEffect(() => {
    doneRef.current = onDone;
  }, [onDone]);
  useEffect(() => () => ctl.current?.abort(), []);

  const run = useCallback(async (code: string) => {
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    setState({ output: EMPTY_OUTPUT, running: true, error: null });
    let finalStatus = "ok";
    try {
      await runCode(
        code,
        (e) => {
          if (e.kind === "done") finalStatus = e.status;
          setState((s) => ({ ...s, output: addEvent(s.output, e) }));
        },
        c.signal,
      );
      setState((s) => ({ ...s, running: false }));
      doneRef.current?.(finalStatus);
    } catch (e) {
      if (c.signal.aborted) {
        setState((s) => ({ ...s, running: false, error: "You stopped the program." }));
        doneRef.current?.("killed");
        return;
      }
      const message = e instanceof ApiError ? e.message : "The run could not finish: the connection to the server broke.";
      setState((s) => ({ ...s, running: false, error: message }));
    }
  }, []);

  const stop = useCallback(() => ctl.current?.abort(), []);
  const clear = useCallback(() => {
    ctl.current?.abort();
    setState({ output: EMPTY_OUTPUT, running: false, error: null });
  }, []);

  return { ...state, run, stop, clear };
}
