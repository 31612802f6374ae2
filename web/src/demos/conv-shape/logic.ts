/**
 * How big is the feature map? An n by n image, a border of p zeros, a k by k filter that jumps
 * s squares at a time: out = (n + 2p − k) ÷ s + 1, rounded down. Each filter makes one feature
 * map, so the output is out by out by the number of filters.
 */
import { convSize, outSize, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "How big is the feature map?";

export type ShapeState = { n: number; k: number; p: number; s: number; filters: number; place: number };

export const N: Range = { min: 3, max: 28, step: 1 };
export const K: Range = { min: 1, max: 7, step: 1 };
export const P: Range = { min: 0, max: 3, step: 1 };
export const S: Range = { min: 1, max: 4, step: 1 };
export const FILTERS: Range = { min: 1, max: 16, step: 1 };

const whole = (v: unknown, fallback: number, r: Range) => Math.round(clamp(numberProp(v, fallback), r.min, r.max));

export function normalise(props: Record<string, unknown>): ShapeState {
  const s = { n: whole(props.n, 6, N), k: whole(props.k, 3, K), p: whole(props.p, 0, P), s: whole(props.s, 1, S), filters: whole(props.filters, 1, FILTERS), place: 0 };
  return withPlace(s, numberProp(props.place, 0));
}

/** How many places the filter stops at along one row (0 when it does not fit). */
export function placesPerRow(s: Pick<ShapeState, "n" | "k" | "p" | "s">): number {
  return outSize(s.n, s.k, s.p, s.s);
}

/** Keep the chosen filter place (counted from 0, row after row) in range. */
export function withPlace(s: ShapeState, place: number): ShapeState {
  const count = placesPerRow(s) ** 2;
  return { ...s, place: count === 0 ? 0 : Math.round(clamp(place, 0, count - 1)) };
}

export interface ShapeView {
  /** Width of the image with its border of zeros. */
  padded: number;
  fits: boolean;
  /** The feature map is out by out (0 when the filter does not fit). */
  out: number;
  /** The rule, step by step (empty when the filter does not fit). */
  steps: Step[];
  /** Squares at the far edge the filter never covers, in each direction. */
  skipped: number;
  /** Where each place of the filter starts along a row, counted from 0 in the padded image. */
  starts: number[];
  /** The top-left square of the chosen place (row, column), counted from 0. */
  top: number;
  left: number;
  /** Numbers in the output: out × out × filters. */
  outputs: number;
  /** Plain-words warnings, shown when something is off. */
  warnings: string[];
}

export function compute(st: ShapeState): ShapeView {
  const padded = st.n + 2 * st.p;
  const fits = st.k <= padded;
  const out = placesPerRow(st);
  const steps = fits ? convSize(st.n, st.k, st.p, st.s) : [];
  const skipped = fits ? (padded - st.k) % st.s : 0;
  const starts = Array.from({ length: out }, (_, i) => i * st.s);
  const warnings: string[] = [];
  if (!fits) {
    warnings.push(`The filter is ${st.k} squares wide, but the image with its border is only ${padded} wide. It does not fit even once: there is no feature map. Make the filter smaller or add padding.`);
  } else if (skipped > 0) {
    const what = skipped === 1 ? "column (and the last row) is" : `${skipped} columns (and the last ${skipped} rows) are`;
    warnings.push(
      `${padded - st.k} ÷ ${st.s} is not a whole number, so we round down. The filter cannot make part of a jump, so the last ${what} never looked at.`,
    );
  }
  if (fits && st.p > 0 && st.k === 1) warnings.push("A 1 by 1 filter on a border of zeros only adds rows and columns of plain zeros to the map.");
  const row = out === 0 ? 0 : Math.floor(st.place / out);
  const col = out === 0 ? 0 : st.place % out;
  return { padded, fits, out, steps, skipped, starts, top: row * st.s, left: col * st.s, outputs: out * out * st.filters, warnings };
}

/** What kind of square sits at (r, c) of the padded image. */
export function squareKind(st: ShapeState, v: ShapeView, r: number, c: number): "pad" | "skipped" | "image" {
  const inside = (x: number) => x >= st.p && x < st.p + st.n;
  const last = v.padded - v.skipped; // squares from here on are never covered
  if (v.fits && (r >= last || c >= last)) return "skipped";
  return inside(r) && inside(c) ? "image" : "pad";
}
