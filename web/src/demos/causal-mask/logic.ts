/**
 * The causal mask: a T by T table of scores (row = the word that looks, column = the word it
 * looks at). With the mask on, every score above the diagonal (a later word) becomes
 * −infinity before softmax, so e to that power is 0 and row t only looks at words 1 to t.
 * With scaling on, every score is first divided by √d. Each row of weights still adds up to 1.
 *
 * The scores are kept for the biggest table (8 by 8, row by row), so a smaller T shows the top
 * left corner and an edited score survives a change of T.
 */
import { fmt, rowSoftmax, softmaxRowSteps, type Step } from "../../explain";
import { seededRandom } from "../random";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "The causal mask: no peeking ahead";

export const MAX_T = 8;
export const SIZE: Range = { min: 2, max: MAX_T, step: 1 };
export const KEY: Range = { min: 1, max: 64, step: 1 };
export const SCORE: Range = { min: -9, max: 9, step: 0.5 };
export const SWITCH = ["on", "off"] as const;
export type Switch = (typeof SWITCH)[number];

export type MaskState = { t: number; d: number; mask: Switch; scale: Switch; scores: number[]; seed: number; row: number };

/** Seeded scores from −3 to 6 in half steps: the same seed always gives the same table. */
export function makeScores(seed: number): number[] {
  const rand = seededRandom(seed);
  return Array.from({ length: MAX_T * MAX_T }, () => Math.round(rand() * 18) / 2 - 3);
}

function tidy(v: number): number {
  return clamp(Math.round(v * 2) / 2, SCORE.min, SCORE.max);
}

export function normalise(p: Record<string, unknown>): MaskState {
  const seed = Math.round(clamp(numberProp(p.seed, 1), 1, 9999));
  const made = makeScores(seed);
  const given = Array.isArray(p.scores) ? p.scores : [];
  const scores = made.map((m, i) => tidy(numberProp(given[i], m)));
  const t = Math.round(clamp(numberProp(p.t, 4), SIZE.min, SIZE.max));
  return {
    t,
    d: Math.round(clamp(numberProp(p.d, 16), KEY.min, KEY.max)),
    mask: choiceProp(p.mask, SWITCH, "on"),
    scale: choiceProp(p.scale, SWITCH, "on"),
    scores,
    seed,
    row: Math.round(clamp(numberProp(p.row, 1), 1, t)),
  };
}

/** A new T: the picked row stays inside the table. */
export function withSize(s: MaskState, t: number): MaskState {
  return normalise({ ...s, t });
}

/** New seeded scores (edits are dropped). */
export function newScores(s: MaskState): MaskState {
  const seed = s.seed >= 9999 ? 1 : s.seed + 1;
  return { ...s, seed, scores: makeScores(seed) };
}

/** Change the score in row r, column c (both from 0). */
export function setScore(s: MaskState, r: number, c: number, value: number): MaskState {
  const at = r * MAX_T + c;
  return { ...s, scores: s.scores.map((x, i) => (i === at ? tidy(value) : x)) };
}

/** True for a cell the mask hides: a column after the row (a later word). */
export function hidden(r: number, c: number): boolean {
  return c > r;
}

export interface MaskView {
  /** The T by T scores as typed. */
  raw: number[][];
  /** √d (1 when scaling is off). */
  root: number;
  /** After scaling, before the mask. */
  scaled: number[][];
  /** After scaling and the mask: −infinity above the diagonal when the mask is on. */
  masked: number[][];
  /** Softmax of each row without the mask, and with it (the same when the mask is off). */
  before: number[][];
  after: number[][];
  /** Each row's total after the mask (always 1, up to rounding). */
  sums: number[];
  /** How many cells became −infinity. */
  hiddenCount: number;
  /** The picked row's softmax, step by step, without and with the mask. */
  rowBefore: Step[];
  rowAfter: Step[];
}

export function compute(s: MaskState): MaskView {
  const raw = Array.from({ length: s.t }, (_, r) => Array.from({ length: s.t }, (_, c) => s.scores[r * MAX_T + c]!));
  const root = s.scale === "on" ? Math.sqrt(s.d) : 1;
  const scaled = raw.map((row) => row.map((x) => (s.scale === "on" ? x / root : x)));
  const masked = scaled.map((row, r) => row.map((x, c) => (s.mask === "on" && hidden(r, c) ? -Infinity : x)));
  const before = scaled.map((row) => rowSoftmax(row));
  const after = masked.map((row) => rowSoftmax(row));
  const sums = after.map((row) => row.reduce((a, b) => a + b, 0));
  const hiddenCount = s.mask === "on" ? (s.t * (s.t - 1)) / 2 : 0;
  const r = s.row - 1;
  return {
    raw,
    root,
    scaled,
    masked,
    before,
    after,
    sums,
    hiddenCount,
    rowBefore: softmaxRowSteps(scaled[r]!, `Row ${s.row} without the mask`),
    rowAfter: softmaxRowSteps(masked[r]!, `Row ${s.row} with the mask`),
  };
}

/** A score cell's text: "−∞" for a masked one (the steps spell it "−infinity"). */
export function cellText(x: number): string {
  return x === -Infinity ? "\u2212\u221e" : fmt(x);
}

/** How dark a weight's cell is: 0 stays white, 1 is full colour (0.1 to 0.9 in between). */
export function shadeOf(weight: number): number {
  return weight <= 0 ? 0 : Math.round((0.1 + 0.8 * clamp(weight, 0, 1)) * 100) / 100;
}
