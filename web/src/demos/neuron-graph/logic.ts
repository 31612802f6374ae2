/** The neuron's output against its input is a straight line: w sets the slope, b the height. */
import { lastValue, neuron, type Step } from "../../explain";
import { RANGES, normalise as normaliseNeuron, type NeuronState } from "../neuron-sliders/logic";

export const TITLE = "The neuron as a graph";
export { RANGES };
export type GraphState = NeuronState;

export const normalise = normaliseNeuron;

/** Fixed axes, so changing w or b visibly tilts or lifts the line instead of rescaling. */
export const X_DOMAIN: [number, number] = [RANGES.x.min, RANGES.x.max];
const reach = RANGES.x.max * RANGES.w.max + RANGES.b.max;
export const Y_DOMAIN: [number, number] = [-reach, reach];

export function line(s: GraphState): [number, number][] {
  return X_DOMAIN.map((x) => [x, x * s.w + s.b] as [number, number]);
}

export function compute(s: GraphState): { steps: Step[]; output: number } {
  const steps = neuron(s.x, s.w, s.b);
  return { steps, output: lastValue(steps) };
}
