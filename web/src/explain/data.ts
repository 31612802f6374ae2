/** Worked steps for pictures as numbers (mirrors fromzero/explain/data.py). */
import { fmt, type Step } from "./steps";

const BRIGHTEST = 255;

/** normalisePixels([51]) -> 51 ÷ 255 = 0.2; with mean 0.1307 and std 0.3081 -> 0.2249. */
export function normalisePixels(pixels: readonly number[], mean?: number, std?: number): Step[] {
  if (pixels.length === 0) throw new Error("normalise_pixels needs at least one pixel.");
  if ((mean === undefined) !== (std === undefined)) throw new Error("normalise_pixels needs both mean and std, or neither.");
  if (std !== undefined && std <= 0) throw new Error(`The standard deviation must be above 0 to divide by it; got ${std}.`);
  const steps: Step[] = [];
  for (const p of pixels) {
    const scaled = p / BRIGHTEST;
    steps.push({ text: `Divide the pixel ${fmt(p)} by ${BRIGHTEST}.`, expr: `${fmt(p)} ÷ ${BRIGHTEST} = ${fmt(scaled)}`, value: scaled });
    if (mean !== undefined && std !== undefined) {
      const centred = (scaled - mean) / std;
      steps.push({
        text: "Take away the mean, then divide by the standard deviation.",
        expr: `(${fmt(scaled)} − ${fmt(mean)}) ÷ ${fmt(std)} = ${fmt(centred)}`,
        value: centred,
      });
    }
  }
  return steps;
}

/** flatIndex(2, 5, 28): 2 × 28 = 56 pixels come before row 2, then 56 + 5 = 61. */
export function flatIndex(row: number, col: number, width: number): Step[] {
  if (width < 1) throw new Error(`A grid needs a width of at least 1; got ${width}.`);
  if (row < 0 || col < 0 || col >= width) {
    throw new Error(`Row ${row}, column ${col} is not in a grid ${width} wide (columns 0 to ${width - 1}, rows from 0).`);
  }
  const before = row * width;
  const index = before + col;
  return [
    {
      text: row === 0 ? "No rows come before row 0." : row === 1 ? `Row 0 comes first: ${width} pixels.` : `Rows 0 to ${row - 1} come first, ${width} pixels each.`,
      expr: `${row} × ${width} = ${before}`,
      value: before,
    },
    { text: "Then count along the row to the column.", expr: `${before} + ${col} = ${index}`, value: index },
  ];
}

/** The one-hot list itself: oneHotList(3, 5) -> [0, 0, 0, 1, 0]. */
export function oneHotList(label: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, k) => (k === label ? 1 : 0));
}

/** oneHot(3) -> ten zeros, then a 1 at position 3: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]. */
export function oneHot(label: number, classes = 10): Step[] {
  if (classes < 1) throw new Error(`one_hot needs at least 1 class; got ${classes}.`);
  if (label < 0 || label >= classes) throw new Error(`The label ${label} is not one of the ${classes} classes (0 to ${classes - 1}).`);
  const list = (values: readonly number[]) => `[${values.join(", ")}]`;
  return [
    { text: `Make a list of ${classes} zeros, one for each class.`, expr: list(new Array<number>(classes).fill(0)), value: classes },
    { text: `Put a 1 at position ${label}, counting from 0.`, expr: list(oneHotList(label, classes)), value: label },
  ];
}
