/**
 * A 3 × 3 filter on a whole 28 × 28 digit: the 26 × 26 feature map as a heatmap, blue below 0
 * and red above 0. The digits are drawn here from a few straight strokes (no dataset needed);
 * the learner can move the digit to the right and watch the map move with it, and pick one
 * cell of the map to see its nine products.
 */
import { convPosition, featureMap, type Step } from "../../explain";
import { FILTER_WEIGHTS, mapColour } from "../conv-slider/logic";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "A filter on a whole digit";

export const DIGITS = ["seven", "one", "zero"] as const;
export type Digit = (typeof DIGITS)[number];
export const FILTERS = ["vertical", "horizontal", "blur", "sharpen"] as const;
export type Filter = (typeof FILTERS)[number];

export type DigitState = { digit: Digit; filter: Filter; shift: number; row: number; col: number };

export const SIZE = 28;
export const K = 3;
export const OUT = SIZE - K + 1;
export const SHIFT: Range = { min: 0, max: 4, step: 1 };
export const CELL: Range = { min: 0, max: OUT - 1, step: 1 };

type Segment = readonly [number, number, number, number];

/** Each digit as straight strokes: [x1, y1, x2, y2], x across and y down, in pixels. */
const STROKES: Record<Digit, readonly Segment[]> = {
  seven: [
    [6, 6, 20, 6],
    [20, 6, 12, 23],
  ],
  one: [
    [11, 8, 14, 5],
    [14, 5, 14, 23],
  ],
  zero: ringSegments(13, 14, 5, 8, 16),
};

function ringSegments(cx: number, cy: number, rx: number, ry: number, parts: number): Segment[] {
  const points = Array.from({ length: parts + 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / parts;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)] as const;
  });
  return points.slice(1).map((p, i) => [points[i]![0], points[i]![1], p[0], p[1]] as const);
}

function distanceToSegment(x: number, y: number, [x1, y1, x2, y2]: Segment): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : clamp(((x - x1) * dx + (y - y1) * dy) / len2, 0, 1);
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** The digit as 28 rows of 28 pixels from 0 (black) to 1 (white), moved `shift` pixels right. */
export function digitImage(digit: Digit, shift = 0): number[][] {
  return Array.from({ length: SIZE }, (_, y) =>
    Array.from({ length: SIZE }, (_, x) => {
      const d = Math.min(...STROKES[digit].map((s) => distanceToSegment(x - shift, y, s)));
      if (d <= 1.1) return 1; // the middle of the stroke
      if (d <= 1.9) return 0.5; // a soft rim, like a pen on paper
      return 0;
    }),
  );
}

export function normalise(p: Record<string, unknown>): DigitState {
  const whole = (v: unknown, r: Range, fallback: number) => Math.round(clamp(numberProp(v, fallback), r.min, r.max));
  return {
    digit: choiceProp(p.digit, DIGITS, "seven"),
    filter: choiceProp(p.filter, FILTERS, "vertical"),
    shift: whole(p.shift, SHIFT, 0),
    row: whole(p.row, CELL, 6),
    col: whole(p.col, CELL, 17),
  };
}

export function kernel(filter: Filter): number[][] {
  const w = FILTER_WEIGHTS[filter];
  return Array.from({ length: K }, (_, r) => w.slice(r * K, (r + 1) * K));
}

export interface DigitView {
  image: number[][];
  map: number[][];
  /** The biggest size in the map, ignoring the sign (for colouring). */
  biggest: number;
  /** Where the biggest size sits (the first such cell, row by row). */
  peak: { row: number; col: number; value: number };
  /** The picked cell's products and sum. */
  steps: Step[];
  value: number;
}

export function compute(s: DigitState): DigitView {
  const image = digitImage(s.digit, s.shift);
  const ker = kernel(s.filter);
  const map = featureMap(image, ker);
  let peak = { row: 0, col: 0, value: map[0]![0]! };
  map.forEach((mrow, r) =>
    mrow.forEach((v, c) => {
      if (Math.abs(v) > Math.abs(peak.value) + 1e-12) peak = { row: r, col: c, value: v };
    }),
  );
  const steps = convPosition(image, ker, s.row, s.col);
  return { image, map, biggest: Math.abs(peak.value), peak, steps, value: steps[steps.length - 1]!.value };
}

export { mapColour };
