/**
 * A tiny picture as numbers: a square grid of brightness values 0..255. The learner changes
 * them and sees each one divided by 255, and the rows laid end to end as one flat list.
 * Picking a cell shows where it lands in that list: row × width + column.
 */
import { flatIndex, lastValue, normalisePixels, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Flatten a tiny picture";

/** `cells` holds the grid row after row; `cell` is the picked cell's flat position. */
export type FlattenState = { side: number; cells: number[]; cell: number };

export const SIDE: Range = { min: 2, max: 5, step: 1 };
export const BRIGHTNESS: Range = { min: 0, max: 255, step: 1 };

// A thin stroke, a bit like the digit 1 on a 4 × 4 grid.
const START = [0, 0, 200, 0, 0, 150, 255, 0, 0, 0, 255, 0, 0, 100, 255, 100];

export function normalise(p: Record<string, unknown>): FlattenState {
  const side = Math.round(clamp(numberProp(p.side, 4), SIDE.min, SIDE.max));
  const n = side * side;
  const given = numberListProp(p.cells, START, BRIGHTNESS.min, BRIGHTNESS.max).map(Math.round);
  const cells = Array.from({ length: n }, (_, i) => given[i] ?? 0);
  const cell = Math.round(clamp(numberProp(p.cell, Math.min(6, n - 1)), 0, n - 1));
  return { side, cells, cell };
}

export function rowCol(index: number, side: number): { row: number; col: number } {
  return { row: Math.floor(index / side), col: index % side };
}

/** The grid as a list of rows (what a picture looks like before flattening). */
export function rows(s: FlattenState): number[][] {
  return Array.from({ length: s.side }, (_, r) => s.cells.slice(r * s.side, (r + 1) * s.side));
}

/** The rows laid end to end, each value divided by 255. */
export function flatNormalised(s: FlattenState): number[] {
  return rows(s)
    .flat()
    .map((v) => v / 255);
}

export function setCell(s: FlattenState, index: number, value: number): FlattenState {
  const v = Math.round(clamp(numberProp(value, 0), BRIGHTNESS.min, BRIGHTNESS.max));
  return { ...s, cells: s.cells.map((x, i) => (i === index ? v : x)), cell: index };
}

/** A new size keeps the picked cell's row and column where they still fit. */
export function withSide(s: FlattenState, side: number): FlattenState {
  const { row, col } = rowCol(s.cell, s.side);
  const n = Math.round(clamp(side, SIDE.min, SIDE.max));
  const cells = Array.from({ length: n * n }, (_, i) => {
    const { row: r, col: c } = rowCol(i, n);
    return r < s.side && c < s.side ? s.cells[r * s.side + c]! : 0;
  });
  return { side: n, cells, cell: Math.min(row, n - 1) * n + Math.min(col, n - 1) };
}

export interface FlattenView {
  row: number;
  col: number;
  index: number;
  indexSteps: Step[];
  pixelSteps: Step[];
  flat: number[];
}

export function compute(s: FlattenState): FlattenView {
  const { row, col } = rowCol(s.cell, s.side);
  const indexSteps = flatIndex(row, col, s.side);
  return {
    row,
    col,
    index: lastValue(indexSteps),
    indexSteps,
    pixelSteps: normalisePixels([s.cells[s.cell]!]),
    flat: flatNormalised(s),
  };
}
