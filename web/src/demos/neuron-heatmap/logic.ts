/** A two-input neuron's output over a whole grid of inputs, as colours. */
import { completeNeuron, lastValue, type ActivationName, type Step } from "../../explain";
import { ACTIVATE, ACTIVATION_NAMES } from "../complete-neuron/logic";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "A neuron's output as a map";

export type HeatmapState = { w1: number; w2: number; b: number; activation: ActivationName; x1: number; x2: number };

export const WEIGHT: Range = { min: -2, max: 2, step: 0.05 };
export const BIAS: Range = { min: -5, max: 5, step: 0.1 };
export const GRID: Range = { min: -5, max: 5, step: 0.5 };
export const PROBE: Range = { min: GRID.min, max: GRID.max, step: 0.5 };

export function normalise(p: Record<string, unknown>): HeatmapState {
  return {
    w1: clamp(numberProp(p.w1, 1), WEIGHT.min, WEIGHT.max),
    w2: clamp(numberProp(p.w2, -1), WEIGHT.min, WEIGHT.max),
    b: clamp(numberProp(p.b, 0), BIAS.min, BIAS.max),
    activation: choiceProp(p.activation, ACTIVATION_NAMES, "sigmoid"),
    x1: clamp(numberProp(p.x1, 1), PROBE.min, PROBE.max),
    x2: clamp(numberProp(p.x2, 1), PROBE.min, PROBE.max),
  };
}

/** The grid's coordinates along one axis: −5, −4.5, ..., 5 (21 values). */
export const AXIS: number[] = Array.from(
  { length: Math.round((GRID.max - GRID.min) / GRID.step) + 1 },
  (_, i) => GRID.min + i * GRID.step,
);

export interface Cell {
  x1: number;
  x2: number;
  out: number;
}

export function grid(s: HeatmapState): Cell[] {
  const f = ACTIVATE[s.activation];
  const cells: Cell[] = [];
  for (const x2 of AXIS) for (const x1 of AXIS) cells.push({ x1, x2, out: f(x1 * s.w1 + x2 * s.w2 + s.b) });
  return cells;
}

/** The colour legend's range: sigmoid always 0..1; ReLU from 0 to the biggest output shown. */
export function outputRange(s: HeatmapState, cells: readonly Cell[]): [number, number] {
  if (s.activation === "sigmoid") return [0, 1];
  return [0, Math.max(1, ...cells.map((c) => c.out))];
}

export function probe(s: HeatmapState): { steps: Step[]; output: number } {
  const steps = completeNeuron([s.x1, s.x2], [s.w1, s.w2], s.b, s.activation);
  return { steps, output: lastValue(steps) };
}
