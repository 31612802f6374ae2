/** One input, one weight, one bias: move each and watch every step of the sum change. */
import { lastValue, neuron, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "A neuron with one input";

export type NeuronState = { x: number; w: number; b: number };

export const RANGES: Record<keyof NeuronState, Range> = {
  x: { min: 0, max: 10, step: 0.1 },
  w: { min: -2, max: 2, step: 0.05 },
  b: { min: -2, max: 2, step: 0.1 },
};

export function normalise(p: Record<string, unknown>): NeuronState {
  return {
    x: clamp(numberProp(p.x, 5), RANGES.x.min, RANGES.x.max),
    w: clamp(numberProp(p.w, 0.5), RANGES.w.min, RANGES.w.max),
    b: clamp(numberProp(p.b, 1), RANGES.b.min, RANGES.b.max),
  };
}

export function compute(s: NeuronState): { steps: Step[]; product: number; output: number } {
  const steps = neuron(s.x, s.w, s.b);
  return { steps, product: steps[0]!.value, output: lastValue(steps) };
}

/** How thick to draw the weight's arrow: bigger weights, thicker lines (either sign). */
export function weightStroke(w: number): number {
  return 1.5 + 3 * Math.min(1, Math.abs(w) / RANGES.w.max);
}
