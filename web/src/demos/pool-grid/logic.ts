/**
 * Pooling on a small feature map: pick the window size, the stride and max or average. Each
 * window keeps one number; the pooled map is smaller, and its size follows the same rule as a
 * convolution with no padding: out = (n − size) ÷ stride + 1, rounded down.
 */
import { convSize, fmt, outSize, pooled, windowOf, type PoolKind, type Step } from "../../explain";
import { seededRandom } from "../random";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Shrink a feature map: pooling";

export const KINDS = ["max", "average"] as const;

export type PoolState = { side: number; cells: number[]; size: number; stride: number; kind: PoolKind; pick: number; seed: number };

export const SIDE: Range = { min: 6, max: 8, step: 2 };
export const SIZE: Range = { min: 2, max: 3, step: 1 };
export const STRIDE: Range = { min: 1, max: 3, step: 1 };
export const VALUE: Range = { min: 0, max: 9, step: 1 };
export const SEED_MAX = 999;

/** side × side whole numbers from 0 to 9, the same for the same seed. */
export function makeCells(side: number, seed: number): number[] {
  const random = seededRandom(seed * 7919 + side);
  return Array.from({ length: side * side }, () => Math.floor(random() * 10));
}

export function normalise(p: Record<string, unknown>): PoolState {
  const side = numberProp(p.side, 6) >= 7 ? 8 : 6;
  const seed = Math.round(clamp(numberProp(p.seed, 1), 1, SEED_MAX));
  const given = Array.isArray(p.cells) && p.cells.length === side * side ? p.cells : null;
  const cells = given ? given.map((v) => Math.round(clamp(numberProp(v, 0), VALUE.min, VALUE.max))) : makeCells(side, seed);
  const size = Math.round(clamp(numberProp(p.size, 2), SIZE.min, SIZE.max));
  const stride = Math.round(clamp(numberProp(p.stride, size), STRIDE.min, STRIDE.max));
  const s: PoolState = { side, cells, size, stride, kind: choiceProp(p.kind, KINDS, "max"), pick: 0, seed };
  return { ...s, pick: Math.round(clamp(numberProp(p.pick, 0), 0, windowCount(s) - 1)) };
}

export function windowCount(s: Pick<PoolState, "side" | "size" | "stride">): number {
  const n = outSize(s.side, s.size, 0, s.stride);
  return n * n;
}

/** The map as rows. */
export function gridOf(s: PoolState): number[][] {
  return Array.from({ length: s.side }, (_, r) => s.cells.slice(r * s.side, (r + 1) * s.side));
}

export interface PoolWindow {
  /** Row and column of its kept number in the pooled map, counted from 0. */
  row: number;
  col: number;
  /** Top-left cell of the window in the feature map, counted from 0. */
  top: number;
  left: number;
  values: number[];
  kept: number;
  /** The arithmetic shown for it: "max(1, 4, 2, 0) = 4" or "(1 + 4 + 2 + 0) ÷ 4 = 1.75". */
  text: string;
}

export function windowText(values: readonly number[], kind: PoolKind, kept: number): string {
  if (kind === "max") return `max(${values.map((v) => fmt(v)).join(", ")}) = ${fmt(kept)}`;
  return `(${values.map((v) => fmt(v)).join(" + ")}) ÷ ${values.length} = ${fmt(kept)}`;
}

export interface PoolView {
  grid: number[][];
  out: number[][];
  outSide: number;
  windows: PoolWindow[];
  picked: PoolWindow;
  /** The output size rule for this map, window and stride. */
  sizeSteps: Step[];
  /** Rows (and columns) at the far edge that no window reaches. */
  skipped: number;
  /** How many windows cover each cell (more than 1 when windows overlap). */
  cover: number[];
}

export function compute(s: PoolState): PoolView {
  const grid = gridOf(s);
  const out = pooled(grid, s.size, s.stride, s.kind);
  const outSide = out.length;
  const windows: PoolWindow[] = [];
  const cover = new Array<number>(s.side * s.side).fill(0);
  out.forEach((outRow, row) =>
    outRow.forEach((kept, col) => {
      const top = row * s.stride;
      const left = col * s.stride;
      const values = windowOf(grid, top, left, s.size);
      for (let i = 0; i < s.size; i++) {
        for (let j = 0; j < s.size; j++) {
          const at = (top + i) * s.side + left + j;
          cover[at] = (cover[at] ?? 0) + 1;
        }
      }
      windows.push({ row, col, top, left, values, kept, text: windowText(values, s.kind, kept) });
    }),
  );
  const room = s.side - s.size;
  return {
    grid,
    out,
    outSide,
    windows,
    picked: windows[clamp(s.pick, 0, windows.length - 1)]!,
    sizeSteps: convSize(s.side, s.size, 0, s.stride),
    skipped: room % s.stride,
    cover,
  };
}

/** Is cell (r, c) of the feature map inside this window? */
export function inWindow(w: Pick<PoolWindow, "top" | "left">, size: number, r: number, c: number): boolean {
  return r >= w.top && r < w.top + size && c >= w.left && c < w.left + size;
}

export function setCell(s: PoolState, index: number, value: number): PoolState {
  const v = Math.round(clamp(Number.isFinite(value) ? value : 0, VALUE.min, VALUE.max));
  return { ...s, cells: s.cells.map((x, i) => (i === index ? v : x)) };
}

/** Change size or stride and keep the picked window in range. */
export function withShape(s: PoolState, change: Partial<Pick<PoolState, "side" | "size" | "stride">>): PoolState {
  const next = { ...s, ...change };
  if (change.side !== undefined && change.side !== s.side) next.cells = makeCells(next.side, next.seed);
  return { ...next, pick: clamp(next.pick, 0, windowCount(next) - 1) };
}

export function newNumbers(s: PoolState): PoolState {
  const seed = s.seed >= SEED_MAX ? 1 : s.seed + 1;
  return { ...s, seed, cells: makeCells(s.side, seed) };
}
