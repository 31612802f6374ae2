/**
 * One-hot: a label becomes a list with one box per class, all 0 except a single 1 at the
 * label's position. The learner picks the label and how many classes there are.
 */
import { oneHot, oneHotList, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "One-hot labels";

export type OneHotState = { label: number; classes: number };

export const CLASSES: Range = { min: 2, max: 10, step: 1 };

export function normalise(p: Record<string, unknown>): OneHotState {
  const classes = Math.round(clamp(numberProp(p.classes, 10), CLASSES.min, CLASSES.max));
  const label = Math.round(clamp(numberProp(p.label, 3), 0, classes - 1));
  return { label, classes };
}

/** Fewer classes may leave the label out of range: it then moves to the last class. */
export function withClasses(s: OneHotState, classes: number): OneHotState {
  return normalise({ label: s.label, classes });
}

export interface OneHotView {
  list: number[];
  steps: Step[];
  /** How many boxes come before the 1 (that count is its position). */
  before: number;
  /** How many boxes come after it. */
  after: number;
}

export function compute(s: OneHotState): OneHotView {
  return {
    list: oneHotList(s.label, s.classes),
    steps: oneHot(s.label, s.classes),
    before: s.label,
    after: s.classes - 1 - s.label,
  };
}
