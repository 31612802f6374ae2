/** Which input matters most? Each input's share of the weighted sum, as bars. */
import { weightedSum, lastValue, type Step } from "../../explain";
import { numberListProp } from "../state";
import { INPUT, MAX_INPUTS, WEIGHT, matchLength } from "../multi-input-flow/logic";

export const TITLE = "Which input matters most?";
export { WEIGHT };

export type ImportanceState = { inputs: number[]; weights: number[] };

export function normalise(p: Record<string, unknown>): ImportanceState {
  const inputs = numberListProp(p.inputs, [5, 2, 8], INPUT.min, INPUT.max).slice(0, MAX_INPUTS);
  const weights = matchLength(inputs, numberListProp(p.weights, [0.2, 0.5, 0.1], WEIGHT.min, WEIGHT.max));
  return { inputs, weights };
}

export interface Share {
  product: number;
  /** Size of this product against the sizes of all products, 0..1 (0 when all are 0). */
  share: number;
  /** The share as a percentage, ready to print with fmt. */
  percent: number;
  negative: boolean;
}

export function compute(s: ImportanceState): { steps: Step[]; sum: number; shares: Share[]; biggest: number[] } {
  const steps = weightedSum(s.inputs, s.weights);
  const products = s.inputs.map((x, i) => x * (s.weights[i] ?? 0));
  const total = products.reduce((acc, p) => acc + Math.abs(p), 0);
  const shares = products.map((product) => {
    const share = total === 0 ? 0 : Math.abs(product) / total;
    return { product, share, percent: share * 100, negative: product < 0 };
  });
  // The inputs with the largest share (several when they tie); none when every product is 0.
  const top = Math.max(0, ...shares.map((sh) => sh.share));
  const biggest = top === 0 ? [] : shares.flatMap((sh, i) => (top - sh.share < 1e-12 ? [i] : []));
  return { steps, sum: lastValue(steps), shares, biggest };
}

/** "input 2", "inputs 1 and 3", "inputs 1, 2 and 3" (numbers counted from 1). */
export function nameInputs(indices: readonly number[]): string {
  const n = indices.map((i) => String(i + 1));
  if (n.length <= 1) return `input ${n.join("")}`;
  return `inputs ${n.slice(0, -1).join(", ")} and ${n[n.length - 1]}`;
}
