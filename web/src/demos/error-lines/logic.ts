/** Examples as dots, the neuron as a line: each example's error is the gap between them. */
import { dataLoss, lastValue, type Step } from "../../explain";
import { choiceProp, clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Every example's error";

export const MODES = ["errors", "loss"] as const;
export type Mode = (typeof MODES)[number];

export type LinesState = { xs: number[]; ts: number[]; w: number; b: number; mode: Mode };

export const WEIGHT: Range = { min: -1, max: 4, step: 0.05 };
export const BIAS: Range = { min: -3, max: 3, step: 0.1 };
const VALUE = { min: -20, max: 20 };
const FALLBACK = { xs: [1, 2, 3, 4], ts: [2, 4, 6, 8] };

/** Props may give `data: [[input, target], ...]` (as lessons do) or the two lists (as URLs do). */
export function normalise(p: Record<string, unknown>): LinesState {
  let xs: number[];
  let ts: number[];
  if (Array.isArray(p.data) && p.data.length > 0 && p.data.every((r) => Array.isArray(r) && r.length === 2)) {
    const rows = p.data as unknown[][];
    xs = rows.map((r) => clamp(numberProp(r[0], 0), VALUE.min, VALUE.max));
    ts = rows.map((r) => clamp(numberProp(r[1], 0), VALUE.min, VALUE.max));
  } else {
    xs = numberListProp(p.xs, FALLBACK.xs, VALUE.min, VALUE.max);
    ts = numberListProp(p.ts, FALLBACK.ts, VALUE.min, VALUE.max);
  }
  if (xs.length === 0 || xs.length !== ts.length) {
    xs = FALLBACK.xs;
    ts = FALLBACK.ts;
  }
  return {
    xs: xs.slice(0, 8),
    ts: ts.slice(0, 8),
    w: clamp(numberProp(p.w, 0.5), WEIGHT.min, WEIGHT.max),
    b: clamp(numberProp(p.b, 0), BIAS.min, BIAS.max),
    mode: choiceProp(p.mode, MODES, "errors"),
  };
}

export interface Row {
  x: number;
  target: number;
  output: number;
  error: number;
  square: number;
}

export function rows(s: LinesState): Row[] {
  return s.xs.map((x, i) => {
    const target = s.ts[i]!;
    const output = x * s.w + s.b;
    const error = output - target;
    return { x, target, output, error, square: error * error };
  });
}

export function compute(s: LinesState): { rows: Row[]; steps: Step[]; mse: number } {
  const steps = dataLoss(s.xs.map((x, i) => [x, s.ts[i]!]), s.w, s.b);
  return { rows: rows(s), steps, mse: lastValue(steps) };
}

/** Axes that hold every dot and the line's ends, with a margin; fixed while w and b move. */
export function domains(s: LinesState): { x: [number, number]; y: [number, number] } {
  const lo = Math.min(0, ...s.xs);
  const hi = Math.max(1, ...s.xs);
  const pad = (hi - lo) * 0.1 + 0.5;
  const ys = [0, ...s.ts];
  const ylo = Math.min(...ys);
  const yhi = Math.max(...ys);
  const ypad = (yhi - ylo) * 0.25 + 1;
  return { x: [lo - pad, hi + pad], y: [ylo - ypad, yhi + ypad] };
}
