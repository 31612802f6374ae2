/**
 * Draw a digit: canvas -> 28 × 28 numbers -> normalised -> flattened -> model -> ten
 * probabilities. Everything up to "flattened" happens here, in the browser, so the learner
 * sees each step; the shipped MNIST model runs on the server (POST /api/predict/mnist).
 *
 * The 28 × 28 grid is made the way MNIST made its images: crop to the ink, shrink the longer
 * side to 20 pixels, and place it so its centre of mass sits at the centre (14, 14). A digit
 * drawn small in a corner then looks like the digits the model learned from.
 */
import { clamp } from "../state";

export const TITLE = "Draw a digit";
export const SIDE = 28;
export const BOX = 20; // MNIST digits fit a 20 × 20 box inside the 28 × 28 image
export const MEAN = 0.1307; // MNIST's mean brightness after scaling to 0..1
export const STD = 0.3081; // and its spread; the model was trained on (x - MEAN) / STD

/** The demo's state: the 28 × 28 drawing as 784 hex digits (0 = black, f = white), or "". */
export type DrawDigitState = { ink: string };

const HEX = /^[0-9a-f]{784}$/;

export function normalise(p: Record<string, unknown>): DrawDigitState {
  const ink = typeof p.ink === "string" ? p.ink.toLowerCase() : "";
  return { ink: HEX.test(ink) ? ink : "" };
}

/** 784 brightness values 0..255 -> 784 hex digits (16 levels are plenty for a link). */
export function encodeInk(grid: readonly number[]): string {
  return grid.map((v) => Math.round(clamp(v, 0, 255) / 17).toString(16)).join("");
}

/** The inverse of encodeInk; "" gives a blank grid. "f" -> 255, "8" -> 136. */
export function decodeInk(ink: string): number[] {
  if (!HEX.test(ink)) return new Array<number>(SIDE * SIDE).fill(0);
  return Array.from(ink, (c) => parseInt(c, 16) * 17);
}

/** Brightness 0..255 of each canvas pixel from RGBA data (white ink on a dark canvas). */
export function brightness(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const r = rgba[4 * i] ?? 0;
    const g = rgba[4 * i + 1] ?? 0;
    const b = rgba[4 * i + 2] ?? 0;
    const a = (rgba[4 * i + 3] ?? 255) / 255;
    out[i] = (0.299 * r + 0.587 * g + 0.114 * b) * a;
  }
  return out;
}

interface Box {
  x0: number;
  y0: number;
  x1: number; // exclusive
  y1: number;
}

/** The smallest rectangle holding every pixel brighter than `threshold`, or null if none. */
export function inkBox(pixels: ArrayLike<number>, width: number, height: number, threshold = 20): Box | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if ((pixels[y * width + x] ?? 0) > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** Resize the box's pixels to w × h: averaging when shrinking, nearest pixel when growing. */
function resize(pixels: ArrayLike<number>, width: number, box: Box, w: number, h: number): Float32Array {
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  const out = new Float32Array(w * h);
  if (bw >= w && bh >= h) {
    const count = new Float32Array(w * h);
    for (let y = box.y0; y < box.y1; y++) {
      const ty = Math.min(h - 1, Math.floor(((y - box.y0) * h) / bh));
      for (let x = box.x0; x < box.x1; x++) {
        const tx = Math.min(w - 1, Math.floor(((x - box.x0) * w) / bw));
        out[ty * w + tx]! += pixels[y * width + x] ?? 0;
        count[ty * w + tx]! += 1;
      }
    }
    for (let i = 0; i < out.length; i++) out[i] = count[i]! > 0 ? out[i]! / count[i]! : 0;
  } else {
    for (let ty = 0; ty < h; ty++)
      for (let tx = 0; tx < w; tx++) {
        const sx = box.x0 + Math.min(bw - 1, Math.floor(((tx + 0.5) * bw) / w));
        const sy = box.y0 + Math.min(bh - 1, Math.floor(((ty + 0.5) * bh) / h));
        out[ty * w + tx] = pixels[sy * width + sx] ?? 0;
      }
  }
  return out;
}

/** Centre of mass (x, y) of a w × h image; the middle if it is empty. */
export function centreOfMass(img: ArrayLike<number>, w: number, h: number): [number, number] {
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const v = img[y * w + x] ?? 0;
      total += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  return total === 0 ? [w / 2, h / 2] : [sx / total, sy / total];
}

/**
 * Brightness values of a canvas (width × height) -> 784 values 0..255 in MNIST's layout:
 * ink cropped, the longer side shrunk to 20 pixels, centre of mass moved to (14, 14).
 */
export function toGrid(pixels: ArrayLike<number>, width: number, height: number): number[] {
  const grid = new Array<number>(SIDE * SIDE).fill(0);
  const box = inkBox(pixels, width, height);
  if (!box) return grid;
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  const scale = BOX / Math.max(bw, bh);
  const w = Math.max(1, Math.round(bw * scale));
  const h = Math.max(1, Math.round(bh * scale));
  const small = resize(pixels, width, box, w, h);
  const [cx, cy] = centreOfMass(small, w, h);
  const left = clamp(Math.round(SIDE / 2 - cx), 0, SIDE - w);
  const top = clamp(Math.round(SIDE / 2 - cy), 0, SIDE - h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) grid[(top + y) * SIDE + left + x] = Math.round(clamp(small[y * w + x]!, 0, 255));
  return grid;
}

/** 784 values in row order -> 28 rows of 28 (what POST /api/predict/mnist takes). */
export function rows(grid: readonly number[]): number[][] {
  return Array.from({ length: SIDE }, (_, r) => grid.slice(r * SIDE, (r + 1) * SIDE));
}

/** Step 2: 0..255 -> 0..1 -> centred the way the model saw MNIST. 255 -> 2.82, 0 -> -0.42 */
export function normalisePixel(v: number): number {
  return (v / 255 - MEAN) / STD;
}

/** Step 3: the 28 rows laid end to end: row r, column c goes to position 28·r + c. */
export function flatten(grid2d: readonly (readonly number[])[]): number[] {
  return grid2d.flat();
}

/** Probabilities from raw scores; they add up to 1. softmax([0, 0]) -> [0.5, 0.5] */
export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The `k` most likely digits, most likely first. */
export function topDigits(probabilities: readonly number[], k = 3): { digit: number; p: number }[] {
  return probabilities
    .map((p, digit) => ({ digit, p }))
    .sort((a, b) => b.p - a.p)
    .slice(0, k);
}

export function isBlank(grid: readonly number[]): boolean {
  return grid.every((v) => v === 0);
}

/** A pen stroke: points (x, y) on a 0..1 square, joined by straight lines. */
export type Stroke = readonly (readonly [number, number])[];

function oval(cx: number, cy: number, rx: number, ry: number, from = 0, to = 2 * Math.PI, n = 28): Stroke {
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / n;
    return [cx + rx * Math.sin(a), cy - ry * Math.cos(a)] as const;
  });
}

/**
 * One hand-drawn-looking example of each digit, as pen strokes. The buttons under the canvas
 * draw these with the same pen a learner uses, so a keyboard alone can try the whole pipeline.
 */
export const EXAMPLE_STROKES: readonly (readonly Stroke[])[] = [
  [oval(0.5, 0.5, 0.2, 0.32)],
  [[[0.42, 0.27], [0.54, 0.16], [0.52, 0.84]]],
  [[[0.3, 0.32], [0.38, 0.19], [0.55, 0.16], [0.68, 0.26], [0.66, 0.42], [0.3, 0.82], [0.72, 0.82]]],
  [[[0.3, 0.23], [0.46, 0.16], [0.64, 0.22], [0.66, 0.38], [0.48, 0.48], [0.68, 0.58], [0.68, 0.75], [0.5, 0.84], [0.3, 0.78]]],
  [[[0.6, 0.84], [0.6, 0.16], [0.28, 0.6], [0.74, 0.6]]],
  [[[0.68, 0.18], [0.36, 0.18], [0.33, 0.46], [0.54, 0.42], [0.69, 0.54], [0.68, 0.73], [0.52, 0.84], [0.32, 0.79]]],
  [[[0.64, 0.19], [0.46, 0.25], [0.34, 0.46], [0.33, 0.68], [0.43, 0.83], [0.59, 0.83], [0.69, 0.7], [0.66, 0.55], [0.52, 0.5], [0.36, 0.59]]],
  [[[0.28, 0.2], [0.72, 0.2], [0.43, 0.84]]],
  [oval(0.5, 0.32, 0.14, 0.15), oval(0.5, 0.64, 0.18, 0.19)],
  [oval(0.5, 0.34, 0.16, 0.16), [[0.66, 0.34], [0.6, 0.84]]],
];
