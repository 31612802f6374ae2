/**
 * Layer normalisation of one token's vector: 3 to 6 numbers on sliders, then the mean, the
 * variance, the standard deviation (with a tiny ε inside the root), the normalised numbers, and
 * the scale γ and shift β applied to each. The steps come from the explain mirror.
 */
import { layerNorm, layerNormNumbers, type LayerNormNumbers, type Step } from "../../explain";
import { choiceProp, clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Layer normalisation, step by step";

/** One entry of the vector. */
export const VALUE: Range = { min: -10, max: 10, step: 0.5 };
export const GAMMA: Range = { min: -3, max: 3, step: 0.1 };
export const BETA: Range = { min: -3, max: 3, step: 0.1 };
export const MIN_LEN = 3;
export const MAX_LEN = 6;
/** The tiny number added to the variance, as in PyTorch's nn.LayerNorm (fixed here). */
export const EPS = 1e-5;
export const DEFAULT_VALUES = [2, 4, 6];

/** steps: "yes" shows every step of the calculation, "no" only the table. */
export type LayerNormState = { values: number[]; gamma: number; beta: number; steps: "yes" | "no" };

export function normalise(props: Record<string, unknown>): LayerNormState {
  let values = numberListProp(props.values, DEFAULT_VALUES, VALUE.min, VALUE.max);
  if (values.length < MIN_LEN) values = [...values, ...DEFAULT_VALUES].slice(0, MIN_LEN);
  values = values.slice(0, MAX_LEN);
  return {
    values,
    gamma: clamp(numberProp(props.gamma, 1), GAMMA.min, GAMMA.max),
    beta: clamp(numberProp(props.beta, 0), BETA.min, BETA.max),
    steps: choiceProp(props.steps, ["yes", "no"] as const, "yes"),
  };
}

/** One more number (a 0 at the end), up to MAX_LEN. */
export function addValue(s: LayerNormState): LayerNormState {
  return s.values.length >= MAX_LEN ? s : { ...s, values: [...s.values, 0] };
}

/** Drop the last number, down to MIN_LEN. */
export function removeValue(s: LayerNormState): LayerNormState {
  return s.values.length <= MIN_LEN ? s : { ...s, values: s.values.slice(0, -1) };
}

export interface LayerNormView extends LayerNormNumbers {
  steps: Step[];
  /** The gap of each number from the mean. */
  gaps: number[];
  /** True when every number is the same: the variance is 0 and only ε keeps us from ÷ 0. */
  flat: boolean;
}

export function compute(s: LayerNormState): LayerNormView {
  const numbers = layerNormNumbers(s.values, s.gamma, s.beta, EPS);
  return {
    ...numbers,
    steps: layerNorm(s.values, s.gamma, s.beta, EPS),
    gaps: s.values.map((v) => v - numbers.mean),
    flat: numbers.variance === 0,
  };
}
