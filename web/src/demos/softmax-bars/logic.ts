/**
 * Softmax bars: a score slider per class, each turned into a chance step by step
 * (e to the power of the score, the total, divided by the total), plus the cross-entropy loss
 * for the class the learner says is right and each score's slope (chance − one-hot target).
 */
import { argmax, crossEntropy, softmax, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "From scores to chances";

export type SoftmaxState = { scores: number[]; target: number };

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 10;
export const SCORE: Range = { min: -10, max: 10, step: 0.1 };
export const START = [0.65, 0.3, 0.8];

export function normalise(p: Record<string, unknown>): SoftmaxState {
  const given = numberListProp(p.scores, START, SCORE.min, SCORE.max).slice(0, MAX_CLASSES);
  const scores = given.length < MIN_CLASSES ? [...given, ...new Array<number>(MIN_CLASSES - given.length).fill(0)] : given;
  const target = Math.round(clamp(numberProp(p.target, scores.length - 1), 0, scores.length - 1));
  return { scores, target };
}

/** One more class, with score 0 (at most MAX_CLASSES). */
export function addClass(s: SoftmaxState): SoftmaxState {
  if (s.scores.length >= MAX_CLASSES) return s;
  return { ...s, scores: [...s.scores, 0] };
}

/** Drop the last class (at least MIN_CLASSES stay); the right class moves if it was dropped. */
export function removeClass(s: SoftmaxState): SoftmaxState {
  if (s.scores.length <= MIN_CLASSES) return s;
  const scores = s.scores.slice(0, -1);
  return { scores, target: Math.min(s.target, scores.length - 1) };
}

export interface Row {
  score: number;
  /** e to the power of the score */
  power: number;
  chance: number;
  /** the one-hot target: 1 for the right class, else 0 */
  want: number;
  /** chance − want: which way, and how hard, training pushes this score */
  slope: number;
}

export interface View {
  rows: Row[];
  total: number;
  prediction: number;
  softmaxSteps: Step[];
  lossSteps: Step[];
  loss: number;
}

/** Everything the view shows, read off the worked steps so the numbers match the lesson. */
export function compute(s: SoftmaxState): View {
  const n = s.scores.length;
  const softmaxSteps = softmax(s.scores);
  // Steps: n powers, the total, n chances, the check.
  const powers = softmaxSteps.slice(0, n).map((st) => st.value);
  const total = softmaxSteps[n]!.value;
  const chances = softmaxSteps.slice(n + 1, 2 * n + 1).map((st) => st.value);
  const rows = s.scores.map((score, i): Row => {
    const want = i === s.target ? 1 : 0;
    const chance = chances[i]!;
    return { score, power: powers[i]!, chance, want, slope: chance - want };
  });
  const lossSteps = crossEntropy(s.target, chances);
  return {
    rows,
    total,
    prediction: argmax(chances),
    softmaxSteps,
    lossSteps,
    loss: lossSteps[lossSteps.length - 1]!.value,
  };
}

/** "41 %" for a chance of 0.4053; tiny chances keep a decimal so they do not read as 0. */
export function percent(p: number): string {
  const v = p * 100;
  if (v > 0 && v < 1) return `${v.toFixed(2)} %`;
  return `${Math.round(v)} %`;
}
