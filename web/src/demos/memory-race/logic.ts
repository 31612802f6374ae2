/**
 * A memory race: the same sequence, a 1 at step 1 and then N zeros, goes into a plain RNN unit
 * and into an LSTM unit. At each step we read what each one still holds of the 1: the hidden
 * state h for the RNN, the cell state c for the LSTM.
 *
 * Fixed weights (RNN_MEMORY and LSTM_MEMORY in ../../explain/lstm.ts, the same as the lesson):
 *   RNN:  h = tanh(2·x + 0.8·h)  — the 1 comes in strongly, then each step keeps at most 0.8 of h
 *         and tanh squashes it a little more.
 *   LSTM: f = σ(b_f) (b_f = 5 unless the learner moves it: σ(5) = 0.9933, almost open),
 *         i = σ(10·x − 5) (open only when x = 1), g = tanh(3·x), o = σ(0);
 *         the u weights are 0, so the gates do not look at h.
 * The forget-gate bias b_f is the one knob: lower it and the LSTM forgets too.
 */
import { LSTM_MEMORY, memoryAfter, memoryTrace, sigma, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Memory race: a plain RNN against an LSTM";

export type MemoryRaceState = { zeros: number; bf: number };

export const ZEROS: Range = { min: 1, max: 50, step: 1 };
export const BF: Range = { min: 0, max: 8, step: 0.5 };

export function normalise(p: Record<string, unknown>): MemoryRaceState {
  return {
    zeros: Math.round(clamp(numberProp(p.zeros, 19), ZEROS.min, ZEROS.max)),
    bf: clamp(Math.round(numberProp(p.bf, LSTM_MEMORY.b_f!) / BF.step) * BF.step, BF.min, BF.max),
  };
}

export interface RaceView {
  /** Steps in all: the 1, then the zeros. */
  steps: number;
  rnn: number[];
  lstm: number[];
  /** The forget gate's value for the chosen bias. */
  forget: number;
  /** The first step at which each memory is below one half (null: never, in this race). */
  rnnBelowHalf: number | null;
  lstmBelowHalf: number | null;
  rnnSteps: Step[];
  lstmSteps: Step[];
}

export function firstBelow(trace: readonly number[], level: number): number | null {
  const k = trace.findIndex((v) => v < level);
  return k < 0 ? null : k + 1;
}

export function compute(s: MemoryRaceState): RaceView {
  const steps = s.zeros + 1;
  const weights = { ...LSTM_MEMORY, b_f: s.bf };
  const rnn = memoryTrace("rnn", steps);
  const lstm = memoryTrace("lstm", steps, weights);
  return {
    steps,
    rnn,
    lstm,
    forget: sigma(s.bf),
    rnnBelowHalf: firstBelow(rnn, 0.5),
    lstmBelowHalf: firstBelow(lstm, 0.5),
    rnnSteps: memoryAfter("rnn", steps),
    lstmSteps: memoryAfter("lstm", steps, weights),
  };
}

/** Chart points: [step, memory] from step 1. */
export function points(trace: readonly number[]): [number, number][] {
  return trace.map((v, k) => [k + 1, v]);
}
