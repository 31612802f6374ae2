/**
 * React state for one training job: start it, stream it, cancel it. Events are buffered and
 * folded into the state once per animation frame, so a fast job cannot flood React.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { streamJob, trainingApi } from "./api";
import { applyEvents, emptyState, type StreamEvent, type TrainingState } from "./events";

export interface TrainingJob {
  state: TrainingState;
  jobId: string | null;
  error: Error | null;
  start: (preset: string, hyperparameters: Record<string, unknown>) => Promise<void>;
  cancel: () => Promise<void>;
  /** Feed events from elsewhere (a learner's sandbox run with fromzero.live.log). */
  feed: (events: StreamEvent[]) => void;
  reset: () => void;
}

export function useTrainingJob(): TrainingJob {
  const [state, setState] = useState<TrainingState>(emptyState);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const pending = useRef<StreamEvent[]>([]);
  const frame = useRef<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const live = useRef<string | null>(null); // the job whose stream is still open

  const flush = useCallback(() => {
    frame.current = null;
    const batch = pending.current;
    pending.current = [];
    setState((s) => applyEvents(s, batch));
  }, []);

  const feed = useCallback(
    (events: StreamEvent[]) => {
      pending.current.push(...events);
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  const reset = useCallback(() => {
    abort.current?.abort();
    pending.current = [];
    setState(emptyState());
    setJobId(null);
    setError(null);
  }, []);

  const start = useCallback(
    async (preset: string, hyperparameters: Record<string, unknown>) => {
      reset();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const started = await trainingApi.start(preset, hyperparameters);
        setJobId(started.job_id);
        live.current = started.job_id;
        await streamJob(started.job_id, feed, controller.signal);
        live.current = null;
      } catch (e) {
        if (e instanceof DOMException && e.name === "AbortError") return;
        setError(e instanceof Error ? e : new Error(String(e)));
      }
    },
    [feed, reset],
  );

  const cancel = useCallback(async () => {
    if (jobId) await trainingApi.cancel(jobId); // the stream then ends with done/cancelled
  }, [jobId]);

  useEffect(
    () => () => {
      abort.current?.abort();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      // nobody can watch it any more (Reset, or the learner left the page): stop it
      if (live.current) void trainingApi.cancel(live.current).catch(() => undefined);
    },
    [],
  );

  return { state, jobId, error, start, cancel, feed, reset };
}
