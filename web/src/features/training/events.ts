/**
 * The training stream, folded into one state the dashboard draws.
 *
 * Two sources speak the same language: a server training job (`/api/train/{id}/events`:
 * status, metric, epoch, confusion, histogram, sample, done) and a learner's own program
 * calling `fromzero.live.log(step=..., loss=..., accuracy=...)` in the sandbox, which
 * arrives as `metric` events of the run stream. Pure functions only, so Vitest covers them.
 *
 * Events arrive hundreds per second; `applyEvents` takes a batch (one animation frame's
 * worth) and copies each list once per batch, not once per event.
 */

export interface LossPoint {
  step: number;
  loss: number;
}

export interface EpochPoint {
  epoch: number;
  step: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  trainLoss: number | null;
  testLoss: number | null;
}

export interface Confusion {
  epoch: number;
  classes: string[];
  /** matrix[true][predicted] = how many held-out examples */
  matrix: number[][];
}

export interface HistogramBins {
  counts: number[];
  edges: number[];
}

export interface HistogramLayer {
  name: string;
  weights: HistogramBins | null;
  gradients: HistogramBins | null;
}

export interface Sample {
  epoch: number;
  text: string;
}

export type Phase = "idle" | "queued" | "running" | "finished";

export interface Done {
  status: string;
  message: string;
}

export interface TrainingState {
  phase: Phase;
  message: string;
  losses: LossPoint[];
  epochs: EpochPoint[];
  confusion: Confusion | null;
  histograms: HistogramLayer[];
  samples: Sample[];
  done: Done | null;
}

export interface StreamEvent {
  kind: string;
  data: Record<string, unknown>;
}

export function emptyState(): TrainingState {
  return { phase: "idle", message: "", losses: [], epochs: [], confusion: null, histograms: [], samples: [], done: null };
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function str(v: unknown, fallback = ""): string {
  return typeof v === "string" ? v : fallback;
}

/** Fold a batch of events into the state; returns a new state (the old one is untouched). */
export function applyEvents(state: TrainingState, events: readonly StreamEvent[]): TrainingState {
  if (events.length === 0) return state;
  const next: TrainingState = {
    ...state,
    losses: state.losses.slice(),
    epochs: state.epochs.slice(),
    samples: state.samples.slice(),
  };
  for (const { kind, data } of events) applyOne(next, kind, data);
  return next;
}

function applyOne(s: TrainingState, kind: string, d: Record<string, unknown>): void {
  if (s.done) return; // nothing may follow `done`
  switch (kind) {
    case "status": {
      const phase = str(d.state);
      if (phase === "queued" || phase === "running") s.phase = phase;
      s.message = str(d.message, s.message);
      break;
    }
    case "metric": {
      // a server job sends {step, epoch, loss}; a learner may log any of loss, accuracy,
      // test_accuracy with or without an epoch
      s.phase = "running";
      const step = num(d.step) ?? (s.losses.at(-1)?.step ?? 0) + 1;
      const loss = num(d.loss);
      if (loss !== null) s.losses.push({ step, loss });
      const train = num(d.accuracy) ?? num(d.train_accuracy);
      const test = num(d.test_accuracy) ?? num(d.val_accuracy);
      if (train !== null || test !== null) {
        s.epochs.push({
          epoch: num(d.epoch) ?? s.epochs.length + 1,
          step,
          trainAccuracy: train,
          testAccuracy: test,
          trainLoss: null,
          testLoss: num(d.test_loss),
        });
      }
      break;
    }
    case "epoch":
      s.epochs.push({
        epoch: num(d.epoch) ?? s.epochs.length + 1,
        step: num(d.step) ?? s.losses.at(-1)?.step ?? 0,
        trainAccuracy: num(d.train_accuracy),
        testAccuracy: num(d.test_accuracy),
        trainLoss: num(d.train_loss),
        testLoss: num(d.test_loss),
      });
      break;
    case "confusion":
      s.confusion = {
        epoch: num(d.epoch) ?? 0,
        classes: Array.isArray(d.classes) ? d.classes.map(String) : [],
        matrix: Array.isArray(d.matrix) ? (d.matrix as number[][]) : [],
      };
      break;
    case "histogram":
      s.histograms = Array.isArray(d.layers) ? (d.layers as HistogramLayer[]) : [];
      break;
    case "sample":
      s.samples.push({ epoch: num(d.epoch) ?? s.samples.length + 1, text: str(d.text) });
      break;
    case "done":
      s.phase = "finished";
      s.done = { status: str(d.status, "ok"), message: str(d.message) };
      s.message = s.done.message;
      break;
    default:
      break; // stdout, stderr and figures belong to the code runner's output panel
  }
}

/** Accuracy of each class from a confusion matrix: diagonal / row total (0 for empty rows). */
export function perClassAccuracy(matrix: readonly (readonly number[])[]): number[] {
  return matrix.map((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : (row[i] ?? 0) / total;
  });
}

/** The share of all examples on the diagonal. perClass [[8, 2], [1, 9]] -> 17 / 20 = 0.85 */
export function overallAccuracy(matrix: readonly (readonly number[])[]): number {
  let right = 0;
  let total = 0;
  matrix.forEach((row, i) => {
    row.forEach((n, j) => {
      total += n;
      if (i === j) right += n;
    });
  });
  return total === 0 ? 0 : right / total;
}

/** The most-confused pair off the diagonal: "4 was read as 9 (12 times)", or null. */
export function worstConfusion(c: Confusion): { actual: string; predicted: string; count: number } | null {
  let best: { actual: string; predicted: string; count: number } | null = null;
  c.matrix.forEach((row, i) =>
    row.forEach((n, j) => {
      if (i !== j && n > 0 && (best === null || n > best.count)) {
        best = { actual: c.classes[i] ?? String(i), predicted: c.classes[j] ?? String(j), count: n };
      }
    }),
  );
  return best;
}

/** Words for how a job ended, for the status line. */
export function doneHeadline(done: Done): string {
  const words: Record<string, string> = {
    ok: "Finished",
    diverged: "Stopped: the loss blew up",
    cancelled: "Cancelled",
    error: "Stopped with an error",
    crashed: "The trainer crashed",
    timeout: "Stopped: it ran too long",
  };
  return words[done.status] ?? "Ended";
}
