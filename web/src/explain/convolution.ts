/**
 * Worked steps for sliding a small filter over an image
 * (mirrors fromzero/explain/convolution.py character for character).
 *
 * Rows and columns count from 0: (0, 0) is the top-left corner. No flip (cross-correlation),
 * like every deep-learning library.
 */
import { fmt, type Step } from "./steps";

export type Grid = readonly (readonly number[])[];

function size(grid: Grid, name: string): [number, number] {
  const first = grid[0];
  if (!first || first.length === 0 || grid.some((row) => row.length !== first.length)) {
    throw new Error(`The ${name} needs at least one row, and every row the same length.`);
  }
  return [grid.length, first.length];
}

function check(image: Grid, kernel: Grid): [number, number, number, number] {
  const [rows, cols] = size(image, "image");
  const [kh, kw] = size(kernel, "filter");
  if (kh > rows || kw > cols) {
    throw new Error(`The filter is ${kh} by ${kw} but the image is only ${rows} by ${cols}: it does not fit even once.`);
  }
  return [rows, cols, kh, kw];
}

const gridText = (grid: Grid): string => `[${grid.map((row) => `[${row.map((v) => fmt(v)).join(", ")}]`).join(", ")}]`;

/** [pixel, weight] for each place of the filter, row after row. */
export function pairsAt(image: Grid, kernel: Grid, row: number, col: number): [number, number][] {
  const out: [number, number][] = [];
  kernel.forEach((krow, i) => krow.forEach((w, j) => out.push([image[row + i]![col + j]!, w])));
  return out;
}

/** Add left to right, exactly like the Python side. */
export function sumOfProducts(pairs: readonly (readonly [number, number])[]): [string, number] {
  let total = 0;
  for (const [x, w] of pairs) total = total + x * w;
  return [`${pairs.map(([x, w]) => `${fmt(x)} × ${fmt(w)}`).join(" + ")} = ${fmt(total)}`, total];
}

/** The filter on the patch whose top-left corner is (row, col); the last value is the sum. */
export function convPosition(image: Grid, kernel: Grid, row = 0, col = 0): Step[] {
  const [rows, cols, kh, kw] = check(image, kernel);
  if (!Number.isInteger(row) || !Number.isInteger(col)) throw new Error("row and col are whole numbers.");
  if (!(row >= 0 && row <= rows - kh && col >= 0 && col <= cols - kw)) {
    throw new Error(
      `A ${kh} by ${kw} filter on a ${rows} by ${cols} image can start at rows 0 to ${rows - kh} and columns 0 to ${cols - kw}, not row ${row}, column ${col}.`,
    );
  }
  const patch = Array.from({ length: kh }, (_, i) => image[row + i]!.slice(col, col + kw));
  const steps: Step[] = [
    {
      text: `Lay the ${kh} by ${kw} filter on the patch whose top-left corner is row ${row}, column ${col}.`,
      expr: `patch = ${gridText(patch)}`,
      value: kh * kw,
    },
  ];
  const rowSums: number[] = [];
  for (let i = 0; i < kh; i++) {
    const [text, total] = sumOfProducts(patch[i]!.map((x, j) => [x, kernel[i]![j]!] as const));
    rowSums.push(total);
    steps.push({ text: `Filter row ${i}: multiply each pixel by the weight on top of it, and add.`, expr: text, value: total });
  }
  let total = 0;
  for (const s of rowSums) total = total + s;
  steps.push({
    text: `Add the ${kh} row sums: that is one number of the feature map.`,
    expr: `${rowSums.map((s) => fmt(s)).join(" + ")} = ${fmt(total)}`,
    value: total,
  });
  return steps;
}

/** The filter slid over every place, row by row: a (rows − kh + 1) by (cols − kw + 1) grid. */
export function featureMap(image: Grid, kernel: Grid): number[][] {
  const [rows, cols, kh, kw] = check(image, kernel);
  return Array.from({ length: rows - kh + 1 }, (_, r) =>
    Array.from({ length: cols - kw + 1 }, (_, c) => sumOfProducts(pairsAt(image, kernel, r, c))[1]),
  );
}

/** One step per cell of the feature map, then the map (value: cell (row, col), else bottom-right). */
export function convolve(image: Grid, kernel: Grid, row?: number, col?: number): Step[] {
  const [rows, cols, kh, kw] = check(image, kernel);
  const outRows = rows - kh + 1;
  const outCols = cols - kw + 1;
  if ((row === undefined) !== (col === undefined)) throw new Error("Give both row and col of the feature map, or neither.");
  if (row !== undefined && col !== undefined && !(row >= 0 && row < outRows && col >= 0 && col < outCols)) {
    throw new Error(`The feature map is ${outRows} by ${outCols}: there is no row ${row}, column ${col} (both count from 0).`);
  }
  const steps: Step[] = [];
  const out: number[][] = [];
  for (let r = 0; r < outRows; r++) {
    const outRow: number[] = [];
    for (let c = 0; c < outCols; c++) {
      const [text, total] = sumOfProducts(pairsAt(image, kernel, r, c));
      outRow.push(total);
      steps.push({ text: `Row ${r}, column ${c}: the filter on the patch that starts there.`, expr: text, value: total });
    }
    out.push(outRow);
  }
  const pick = row === undefined || col === undefined ? out[outRows - 1]![outCols - 1]! : out[row]![col]!;
  steps.push({ text: `The feature map: ${outRows} by ${outCols} numbers.`, expr: `map = ${gridText(out)}`, value: pick });
  return steps;
}

/** convOutputSize(5, 3): the filter starts at 0, 1 or 2: 5 − 3 = 2, then 2 + 1 = 3. */
export function convOutputSize(n: number, k: number): Step[] {
  if (!Number.isInteger(n) || !Number.isInteger(k) || k < 1) {
    throw new Error("n and k are whole numbers of pixels, and the filter is at least 1 wide.");
  }
  if (k > n) throw new Error(`A filter ${k} wide does not fit in ${n} pixels.`);
  const last = n - k;
  const count = last + 1;
  return [
    { text: `The filter is ${k} wide, so the last place it can start is ${n} − ${k}.`, expr: `${n} − ${k} = ${last}`, value: last },
    { text: `It can start at every place from 0 to ${last}. Count them.`, expr: `${last} + 1 = ${count}`, value: count },
  ];
}
