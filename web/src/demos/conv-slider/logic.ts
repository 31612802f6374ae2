/**
 * A 3 × 3 filter slides over a tiny picture, one place at a time. At each place the demo shows
 * the nine pixel × weight products, their sum, and the feature map filling in cell by cell.
 * Pictures and filters are chosen from a list; every pixel and every weight can be typed in.
 */
import { convPosition, featureMap, type Step } from "../../explain";
import { choiceProp, clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Slide a filter over a picture";

export const PICTURES = ["edge", "edge-flip", "ramp", "cross", "digit"] as const;
export type Picture = (typeof PICTURES)[number];
export const FILTERS = ["vertical", "horizontal", "blur", "sharpen", "custom"] as const;
export type Filter = (typeof FILTERS)[number];

/** `cells` holds the picture row after row; `weights` the filter row after row; `pos` counts from 1. */
export type ConvState = { picture: Picture; cells: number[]; filter: Filter; weights: number[]; pos: number };

export const PIXEL: Range = { min: 0, max: 99, step: 1 };
export const WEIGHT: Range = { min: -9, max: 9, step: 0.1 };
export const K = 3;

const D = 0; // dark
const B = 10; // bright

/** Each picture, as rows. The ramp is the lesson's 5 × 5 example; the others are 6 × 6. */
export const PICTURE_ROWS: Record<Picture, number[][]> = {
  edge: Array.from({ length: 6 }, () => [D, D, D, B, B, B]),
  "edge-flip": Array.from({ length: 6 }, () => [B, B, B, D, D, D]),
  ramp: Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => r + c + 1)),
  cross: [
    [D, D, B, B, D, D],
    [D, D, B, B, D, D],
    [B, B, B, B, B, B],
    [B, B, B, B, B, B],
    [D, D, B, B, D, D],
    [D, D, B, B, D, D],
  ],
  digit: [
    [D, B, B, B, B, D],
    [D, D, D, D, B, D],
    [D, D, D, B, D, D],
    [D, D, D, B, D, D],
    [D, D, B, D, D, D],
    [D, D, B, D, D, D],
  ],
};

/** The filters' weights, row after row. Blur takes the mean of the nine pixels. */
export const FILTER_WEIGHTS: Record<Exclude<Filter, "custom">, number[]> = {
  vertical: [1, 0, -1, 1, 0, -1, 1, 0, -1],
  horizontal: [1, 1, 1, 0, 0, 0, -1, -1, -1],
  blur: new Array<number>(9).fill(1 / 9),
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
};

export function side(picture: Picture): number {
  return PICTURE_ROWS[picture].length;
}

export function normalise(p: Record<string, unknown>): ConvState {
  const picture = choiceProp(p.picture, PICTURES, "edge");
  const n = side(picture);
  const start = PICTURE_ROWS[picture].flat();
  const given = Array.isArray(p.cells) && p.cells.length === n * n ? p.cells : start;
  const cells = numberListProp(given, start, PIXEL.min, PIXEL.max).map(Math.round);
  const filter = choiceProp(p.filter, FILTERS, "vertical");
  const weights =
    filter === "custom"
      ? Array.from({ length: K * K }, (_, i) => {
          const list = Array.isArray(p.weights) ? p.weights : [];
          return clamp(numberProp(list[i], FILTER_WEIGHTS.vertical[i]!), WEIGHT.min, WEIGHT.max);
        })
      : [...FILTER_WEIGHTS[filter]];
  const places = positions(n);
  const pos = Math.round(clamp(numberProp(p.pos, 1), 1, places));
  return { picture, cells, filter, weights, pos };
}

/** How many places the filter fits along one side: n − 3 + 1. */
export function across(n: number): number {
  return n - K + 1;
}

export function positions(n: number): number {
  return across(n) * across(n);
}

export function image(s: ConvState): number[][] {
  const n = side(s.picture);
  return Array.from({ length: n }, (_, r) => s.cells.slice(r * n, (r + 1) * n));
}

export function kernel(s: ConvState): number[][] {
  return Array.from({ length: K }, (_, r) => s.weights.slice(r * K, (r + 1) * K));
}

/** Place number `pos` (from 1), read row by row, as the patch's top-left row and column (from 0). */
export function placeOf(pos: number, n: number): { row: number; col: number } {
  const w = across(n);
  return { row: Math.floor((pos - 1) / w), col: (pos - 1) % w };
}

export function withPicture(s: ConvState, picture: Picture): ConvState {
  return normalise({ ...s, picture, cells: PICTURE_ROWS[picture].flat(), pos: 1 });
}

export function withFilter(s: ConvState, filter: Filter): ConvState {
  return normalise({ ...s, filter, pos: 1 });
}

export function setCell(s: ConvState, index: number, value: number): ConvState {
  const v = Math.round(clamp(numberProp(value, 0), PIXEL.min, PIXEL.max));
  return { ...s, cells: s.cells.map((x, i) => (i === index ? v : x)) };
}

/** Typing a weight turns the filter into a custom one. */
export function setWeight(s: ConvState, index: number, value: number): ConvState {
  const v = clamp(numberProp(value, 0), WEIGHT.min, WEIGHT.max);
  return { ...s, filter: "custom", weights: s.weights.map((x, i) => (i === index ? v : x)) };
}

export function atEnd(s: ConvState): boolean {
  return s.pos >= positions(side(s.picture));
}

/** Move by `by` places, staying between the first and the last. */
export function step(s: ConvState, by: number): ConvState {
  return { ...s, pos: Math.round(clamp(s.pos + by, 1, positions(side(s.picture)))) };
}

export interface Product {
  pixel: number;
  weight: number;
  product: number;
}

export interface ConvView {
  n: number;
  out: number;
  row: number;
  col: number;
  /** The nine pairs at this place, row after row. */
  products: Product[];
  sum: number;
  steps: Step[];
  /** The whole feature map; cells at places after `pos` are not shown yet. */
  map: number[][];
  /** The biggest size (ignoring the sign) in the shown part of the map, for colouring. */
  biggest: number;
}

/** Is the patch at (row, col) covering pixel (r, c)? */
export function inPatch(r: number, c: number, row: number, col: number): boolean {
  return r >= row && r < row + K && c >= col && c < col + K;
}

/** Is map cell (r, c) already filled at place `pos`? */
export function filled(r: number, c: number, pos: number, n: number): boolean {
  return r * across(n) + c < pos;
}

export function compute(s: ConvState): ConvView {
  const n = side(s.picture);
  const img = image(s);
  const ker = kernel(s);
  const { row, col } = placeOf(s.pos, n);
  const products: Product[] = [];
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const pixel = img[row + i]![col + j]!;
      const weight = ker[i]![j]!;
      products.push({ pixel, weight, product: pixel * weight });
    }
  }
  const steps = convPosition(img, ker, row, col);
  const map = featureMap(img, ker);
  let biggest = 0;
  map.forEach((mrow, r) =>
    mrow.forEach((v, c) => {
      if (filled(r, c, s.pos, n)) biggest = Math.max(biggest, Math.abs(v));
    }),
  );
  return { n, out: across(n), row, col, products, sum: steps[steps.length - 1]!.value, steps, map, biggest };
}

/** Blue for below 0, red for above 0, paler near 0: an rgb() colour for a map cell. */
export function mapColour(v: number, biggest: number): string {
  const t = biggest > 0 ? Math.min(1, Math.abs(v) / biggest) : 0;
  const fade = (full: number) => Math.round(255 - (255 - full) * t);
  return v < 0 ? `rgb(${fade(37)}, ${fade(99)}, ${fade(235)})` : `rgb(${fade(220)}, ${fade(38)}, ${fade(38)})`;
}
