/**
 * Embedding lookup: a tiny vocabulary of 6 tokens, an editable token table (one row of 3
 * numbers per token) and a position table (one row per place). The learner picks a token and
 * a place; the demo highlights the token's row, works out one-hot × table column by column to
 * show it gives the very same row, and adds the place's row: the vector the first block gets.
 */
import { lookup, oneHotTimes, oneHotTimesTable, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Embedding lookup: a token's row";

export const VOCAB = ["the", "cat", "dog", "sat", "ran", "."] as const;
export const WIDTH = 3;
export const PLACES = 4;
export const VALUE: Range = { min: -2, max: 2, step: 0.1 };

/** The lesson's rows for the, cat, dog and sat, then two more made-up tokens. */
export const START_TABLE = [0.1, -0.5, 0.2, 0.9, 0.3, -0.2, 0.8, 0.4, -0.1, -0.3, 0.7, 0.6, -0.2, 0.8, 0.5, 0, -0.6, -0.4];
/** One made-up row per place, 0 to 3. */
export const START_POSITIONS = [0.2, 0, 0, 0, 0.2, 0, 0, 0, 0.2, -0.2, 0, 0];

export type LookupState = { table: number[]; positions: number[]; token: number; place: number };

/** Round to one decimal, the input step, without float noise. */
function tidy(x: number): number {
  return Math.round(x * 10) / 10;
}

function cleanList(given: unknown, start: number[]): number[] {
  const list = Array.isArray(given) ? given : start;
  return start.map((fallback, i) => tidy(clamp(numberProp(list[i], Array.isArray(given) ? 0 : fallback), VALUE.min, VALUE.max)));
}

export function normalise(p: Record<string, unknown>): LookupState {
  return {
    table: cleanList(p.table, START_TABLE),
    positions: cleanList(p.positions, START_POSITIONS),
    token: Math.round(clamp(numberProp(p.token, 1), 0, VOCAB.length - 1)),
    place: Math.round(clamp(numberProp(p.place, 0), 0, PLACES - 1)),
  };
}

/** A flat list of numbers as rows of WIDTH. */
export function rowsOf(flat: readonly number[]): number[][] {
  return Array.from({ length: flat.length / WIDTH }, (_, i) => flat.slice(i * WIDTH, (i + 1) * WIDTH));
}

/** Change number `j` of row `i` in the token table ("table") or the position table. */
export function setValue(s: LookupState, which: "table" | "positions", i: number, j: number, value: number): LookupState {
  const k = i * WIDTH + j;
  const v = tidy(clamp(Number.isFinite(value) ? value : 0, VALUE.min, VALUE.max));
  return { ...s, [which]: s[which].map((x, m) => (m === k ? v : x)) };
}

export interface LookupView {
  oneHot: number[];
  row: number[];
  /** one-hot × table, worked out with every multiplication (it equals `row`). */
  product: number[];
  placeRow: number[];
  sum: number[];
  lookupSteps: Step[];
  productSteps: Step[];
  /** Multiplications one-hot × table needs; the lookup needs none. */
  multiplications: number;
}

export function compute(s: LookupState): LookupView {
  const table = rowsOf(s.table);
  const row = [...table[s.token]!];
  const placeRow = rowsOf(s.positions)[s.place]!;
  return {
    oneHot: VOCAB.map((_, k) => (k === s.token ? 1 : 0)),
    row,
    product: oneHotTimes(s.token, table),
    placeRow,
    sum: row.map((x, j) => tidy4(x + placeRow[j]!)),
    lookupSteps: lookup(table, s.token),
    productSteps: oneHotTimesTable(s.token, table),
    multiplications: VOCAB.length * WIDTH,
  };
}

/** Adding two one-decimal numbers can leave float noise (0.30000000000000004): keep 4 decimals. */
function tidy4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
