/** Two points on a curve: the rise, the run, and the slope of the straight line through them. */
import { curveAt, curveRiseRun, curveText, lastValue, type Curve, type Step } from "../../explain";
import { sample } from "../sample";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Rise over run";

export const CURVES = {
  line: [[2, 1]],
  square: [[1, 2]],
  cube: [[1, 3]],
  valley: [[1, 2], [-4, 1], [5, 0]],
} as const satisfies Record<string, Curve>;
export type CurveName = keyof typeof CURVES;
export const CURVE_NAMES = Object.keys(CURVES) as CurveName[];

export type RiseRunState = { curve: CurveName; x1: number; run: number };

export const X: Range = { min: -3, max: 3, step: 0.1 };
export const RUN: Range = { min: 0.1, max: 3, step: 0.1 };
export const X_DOMAIN: [number, number] = [-3.5, 6.5];

export function normalise(p: Record<string, unknown>): RiseRunState {
  return {
    curve: choiceProp(p.curve, CURVE_NAMES, "square"),
    x1: clamp(numberProp(p.x1, 1), X.min, X.max),
    run: clamp(numberProp(p.run, 2), RUN.min, RUN.max),
  };
}

/** The second point: x1 + run, rounded to the slider's tenths so the numbers read cleanly. */
export function x2(s: RiseRunState): number {
  return Math.round((s.x1 + s.run) * 10) / 10;
}

export function compute(s: RiseRunState): { steps: Step[]; y1: number; y2: number; x2: number; slope: number; name: string } {
  const terms = CURVES[s.curve];
  const b = x2(s);
  const steps = curveRiseRun(terms, s.x1, b);
  return { steps, y1: steps[0]!.value, y2: steps[1]!.value, x2: b, slope: lastValue(steps), name: curveText(terms) };
}

export function yDomain(name: CurveName): [number, number] {
  const ys = sample((x) => curveAt(CURVES[name], x), -3, 6, 90).map((p) => p[1]);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return [Math.max(lo, -40) - 1, Math.min(hi, 60) + 1];
}

export function curvePoints(name: CurveName): [number, number][] {
  return sample((x) => curveAt(CURVES[name], x), X_DOMAIN[0], X_DOMAIN[1], 160);
}
