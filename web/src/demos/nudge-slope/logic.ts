/** The slope at one point: nudge x a tiny bit and divide, then check it against the shortcut rules. */
import { curveAt, curveText, lastValue, nudgeSlope, shortcutSlope, type Step } from "../../explain";
import { CURVES, CURVE_NAMES, X_DOMAIN, curvePoints, yDomain, type CurveName } from "../rise-run/logic";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "The nudge and the shortcut";
export { CURVES, CURVE_NAMES, X_DOMAIN, curvePoints, yDomain, type CurveName };

/** The nudge is 1 ÷ 10 to the power `tiny`: 1, 0.1, 0.01, 0.001, 0.0001. */
export type NudgeState = { curve: CurveName; x: number; tiny: number };

export const X: Range = { min: -3, max: 3, step: 0.1 };
export const TINY: Range = { min: 0, max: 4, step: 1 };
export const NUDGES = [1, 0.1, 0.01, 0.001, 0.0001];

export function normalise(p: Record<string, unknown>): NudgeState {
  return {
    curve: choiceProp(p.curve, CURVE_NAMES, "square"),
    x: clamp(numberProp(p.x, 3), X.min, X.max),
    tiny: Math.round(clamp(numberProp(p.tiny, 3), TINY.min, TINY.max)),
  };
}

export function nudgeOf(s: NudgeState): number {
  return NUDGES[s.tiny]!;
}

export function compute(s: NudgeState): {
  nudge: Step[];
  shortcut: Step[];
  byNudge: number;
  byShortcut: number;
  gap: number;
  y: number;
  name: string;
} {
  const terms = CURVES[s.curve];
  const nudge = nudgeSlope(terms, s.x, nudgeOf(s));
  const shortcut = shortcutSlope(terms, s.x);
  const byNudge = lastValue(nudge);
  const byShortcut = lastValue(shortcut);
  return { nudge, shortcut, byNudge, byShortcut, gap: Math.abs(byNudge - byShortcut), y: curveAt(terms, s.x), name: curveText(terms) };
}
