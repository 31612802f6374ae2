/**
 * Three learning rates race down the same loss from the same start. A small one crawls, a good
 * one arrives, a big one overshoots further each time until the numbers overflow to infinity
 * and then NaN. Nothing is faked: every lane runs the real update, in floats.
 */
import { big, iterate, lossOf } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "The learning-rate race";

export type RaceState = { x: number; target: number; w0: number; rates: number[]; done: number };

export const RATE: Range = { min: 0.001, max: 1, step: 0.001 };
export const START: Range = { min: -2, max: 5, step: 0.1 };
export const MAX_ITERATIONS = 600;
export const LANES = 3;

export function normalise(p: Record<string, unknown>): RaceState {
  const rates = numberListProp(p.rates, [0.01, 0.05, 1], RATE.min, RATE.max).slice(0, LANES);
  while (rates.length < LANES) rates.push(0.05);
  return {
    x: clamp(numberProp(p.x, 2), 0.5, 3),
    target: clamp(numberProp(p.target, 5), -5, 5),
    w0: clamp(numberProp(p.w0, 0.1), START.min, START.max),
    rates,
    done: Math.round(clamp(numberProp(p.done, 0), 0, MAX_ITERATIONS)),
  };
}

export type Status = "on its way" | "arrived" | "bouncing" | "blowing up" | "infinity" | "NaN";

export interface Lane {
  rate: number;
  weight: number;
  loss: number;
  /** The loss after each iteration so far (index 0: before any). */
  history: number[];
  status: Status;
  /** The iteration where the weight became NaN, if it did. */
  brokeAt: number | null;
}

/** Each iteration multiplies the error by this; its size decides the lane's fate. */
export function factor(x: number, rate: number): number {
  return 1 - 2 * rate * x * x;
}

export function runLane(s: RaceState, rate: number): Lane {
  let w = s.w0;
  const history = [lossOf(s.x, s.target, w, 0)];
  let brokeAt: number | null = null;
  for (let k = 1; k <= s.done; k++) {
    w = iterate(s.x, s.target, w, rate).next;
    history.push(lossOf(s.x, s.target, w, 0));
    if (Number.isNaN(w)) {
      brokeAt = k;
      break;
    }
  }
  const loss = history[history.length - 1]!;
  const f = factor(s.x, rate);
  let status: Status;
  if (Number.isNaN(w) || Number.isNaN(loss)) status = "NaN";
  else if (!Number.isFinite(loss)) status = "infinity";
  else if (Math.abs(f) >= 1 && s.done > 0) status = "blowing up";
  else if (loss < 1e-6) status = "arrived";
  else if (f < 0) status = "bouncing";
  else status = "on its way";
  return { rate, weight: w, loss, history, status, brokeAt };
}

export function compute(s: RaceState): Lane[] {
  return s.rates.map((r) => runLane(s, r));
}

export function advance(s: RaceState, by: number): RaceState {
  return { ...s, done: Math.min(MAX_ITERATIONS, s.done + by) };
}

/** The honest sentence under each lane. */
export function message(lane: Lane): string {
  switch (lane.status) {
    case "NaN":
      return `Broken at iteration ${lane.brokeAt}: the weight is NaN, not a number. Infinity minus infinity has no answer, and nothing can bring it back.`;
    case "infinity":
      return "The loss is too big to store, so the computer writes infinity. NaN is coming next.";
    case "blowing up":
      return `Each step jumps past the bottom and lands higher. The loss is ${big(lane.loss)} and growing.`;
    case "bouncing":
      return "It jumps over the bottom each time, but lands a bit closer. It will get there.";
    case "arrived":
      return "Arrived: the loss is tiny.";
    default:
      return "Small steps, all downhill. Slow but safe.";
  }
}
