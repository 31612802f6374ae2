/**
 * Worked steps for stride, padding, pooling and channels
 * (mirrors fromzero/explain/pooling.py character for character).
 */
import { fmt, type Step } from "./steps";

type Grid = readonly (readonly number[])[];

const list = (values: readonly number[]): string => `[${values.map((v) => fmt(v)).join(", ")}]`;
const gridText = (grid: Grid): string => `[${grid.map(list).join(", ")}]`;

function whole(x: number, name: string, least: number): number {
  if (!Number.isInteger(x) || x < least) throw new Error(`${name} must be a whole number, at least ${least}, not ${fmt(x)}.`);
  return x;
}

function checkGrid(grid: Grid): void {
  if (grid.length === 0 || grid[0]!.length === 0 || grid.some((row) => row.length !== grid[0]!.length)) {
    throw new Error("A grid needs at least one row, and every row the same length.");
  }
}

/** The plain number: outSize(28, 3, 0, 2) -> 13. Zero when the filter does not fit. */
export function outSize(n: number, k: number, p = 0, s = 1): number {
  const room = n + 2 * p - k;
  return room >= 0 ? Math.floor(room / s) + 1 : 0;
}

export function convSize(n: number, k: number, p = 0, s = 1): Step[] {
  whole(n, "The image size n", 1);
  whole(k, "The filter size k", 1);
  whole(p, "The padding p", 0);
  whole(s, "The stride s", 1);
  const padded = n + 2 * p;
  const steps: Step[] = [{ text: "Add the padding to both sides: n + 2 × p.", expr: `${n} + 2 × ${p} = ${padded}`, value: padded }];
  if (k > padded) {
    throw new Error(`The filter (${k} wide) is bigger than the padded image (${padded} wide): it does not fit even once.`);
  }
  const room = padded - k;
  steps.push({ text: "Take away the filter size: the room the filter has to move.", expr: `${padded} − ${k} = ${room}`, value: room });
  const jumps = Math.floor(room / s);
  if (room % s === 0) {
    steps.push({ text: "Divide by the stride: how many jumps fit in that room.", expr: `${room} ÷ ${s} = ${jumps}`, value: jumps });
  } else {
    steps.push({ text: "Divide by the stride: how many jumps fit in that room.", expr: `${room} ÷ ${s} = ${fmt(room / s)}`, value: room / s });
    const left = room % s;
    const skipped = left === 1 ? "column is" : `${left} columns are`;
    steps.push({
      text: `Not a whole number: round down. There is no part of a jump, so the last ${skipped} skipped.`,
      expr: `${fmt(room / s)} → ${jumps}`,
      value: jumps,
    });
  }
  const out = jumps + 1;
  steps.push({ text: "Add 1 for the filter's first place, before any jump.", expr: `${jumps} + 1 = ${out}`, value: out });
  return steps;
}

/** A border of p zeros all round: padded([[5]], 1) -> [[0, 0, 0], [0, 5, 0], [0, 0, 0]]. */
export function padded(grid: Grid, p: number): number[][] {
  const width = (grid[0]?.length ?? 0) + 2 * p;
  const blank = () => new Array<number>(width).fill(0);
  const zeros = new Array<number>(p).fill(0);
  return [...Array.from({ length: p }, blank), ...grid.map((row) => [...zeros, ...row, ...zeros]), ...Array.from({ length: p }, blank)];
}

export type PoolKind = "max" | "average";

/** The numbers of one window, row after row. */
export function windowOf(grid: Grid, top: number, left: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) out.push(grid[top + i]![left + j]!);
  return out;
}

/** The pooled map: pooled([[1, 3], [2, 0]]) -> [[3]]. Windows that do not fit are skipped. */
export function pooled(grid: Grid, size = 2, stride?: number, kind: PoolKind = "max"): number[][] {
  const step = stride ?? size;
  const rows = outSize(grid.length, size, 0, step);
  const cols = outSize(grid[0]?.length ?? 0, size, 0, step);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const window = windowOf(grid, r * step, c * step, size);
      if (kind === "max") return Math.max(...window);
      let total = 0;
      for (const v of window) total = total + v;
      return total / window.length;
    }),
  );
}

/**
 * One step per window (its numbers and its biggest). The final value is the sum of the whole
 * pooled map, or, when `row` and `col` are given (counted from 1), that one cell of it.
 */
export function maxPool(grid: Grid, size = 2, stride?: number, row?: number, col?: number): Step[] {
  checkGrid(grid);
  whole(size, "The window size", 1);
  const step = stride === undefined ? size : whole(stride, "The stride", 1);
  if (size > grid.length || size > grid[0]!.length) {
    throw new Error(`A ${size} by ${size} window does not fit in a ${grid.length} by ${grid[0]!.length} map.`);
  }
  const out = pooled(grid, size, step);
  const steps: Step[] = [];
  out.forEach((outRow, r) =>
    outRow.forEach((biggest, c) => {
      const top = r * step;
      const left = c * step;
      const window = windowOf(grid, top, left, size);
      const rows = size === 1 ? `row ${top + 1}` : `rows ${top + 1}–${top + size}`;
      const cols = size === 1 ? `column ${left + 1}` : `columns ${left + 1}–${left + size}`;
      steps.push({ text: `The window at ${rows}, ${cols}: keep the biggest.`, expr: `max(${window.map((v) => fmt(v)).join(", ")}) = ${fmt(biggest)}`, value: biggest });
    }),
  );
  let total = 0;
  for (const outRow of out) for (const v of outRow) total = total + v;
  steps.push({ text: `The pooled map, ${out.length} by ${out[0]!.length}. Its numbers add up to ${fmt(total)}.`, expr: gridText(out), value: total });
  if (row !== undefined || col !== undefined) {
    if (row === undefined || col === undefined) throw new Error("Give both row and col to pick one cell of the pooled map.");
    whole(row, "row", 1);
    whole(col, "col", 1);
    if (row > out.length || col > out[0]!.length) throw new Error(`The pooled map is only ${out.length} by ${out[0]!.length}.`);
    const cell = out[row - 1]![col - 1]!;
    steps.push({ text: `The cell at row ${row}, column ${col} of the pooled map.`, expr: `pooled[${row}][${col}] = ${fmt(cell)}`, value: cell });
  }
  return steps;
}

export function channelSum(patches: readonly Grid[], kernels: readonly Grid[]): Step[] {
  if (patches.length === 0 || patches.length !== kernels.length) {
    throw new Error(`Give one kernel per channel: got ${patches.length} patches and ${kernels.length} kernels.`);
  }
  const sums: number[] = [];
  const steps: Step[] = [];
  patches.forEach((patch, i) => {
    const kernel = kernels[i]!;
    const ch = i + 1;
    checkGrid(patch);
    checkGrid(kernel);
    if (patch.length !== kernel.length || patch[0]!.length !== kernel[0]!.length) {
      throw new Error(`Channel ${ch}: the patch and the kernel must be the same size.`);
    }
    const terms: string[] = [];
    let total = 0;
    patch.forEach((prow, r) =>
      prow.forEach((x, c) => {
        const w = kernel[r]![c]!;
        terms.push(`${fmt(x)} × ${fmt(w)}`);
        total = total + x * w;
      }),
    );
    sums.push(total);
    steps.push({ text: `Channel ${ch}: multiply each number by its weight, and add.`, expr: `${terms.join(" + ")} = ${fmt(total)}`, value: total });
  });
  let total = 0;
  for (const s of sums) total = total + s;
  steps.push({ text: "Add the sums of all the channels: one number for the feature map.", expr: `${sums.map((s) => fmt(s)).join(" + ")} = ${fmt(total)}`, value: total });
  return steps;
}
