/**
 * Inside the trained CNN: pick an example digit (or draw one), and the shipped mnist-cnn on
 * the server (POST /api/predict/mnist-cnn) shows what each layer made of it: the feature maps
 * after conv 1 + ReLU + pool, those after conv 2 + ReLU + pool, the dense layer's values and
 * the ten chances. The canvas → 28 × 28 grid steps are draw-digit's own functions.
 */
import type { CnnLayer } from "../../features/training/api";
import { EXAMPLE_STROKES, decodeInk, encodeInk, isBlank, rows, toGrid, type Stroke } from "../draw-digit/logic";
import { clamp, numberProp } from "../state";

export const TITLE = "Inside a CNN: feature maps";
export { EXAMPLE_STROKES, decodeInk, encodeInk, isBlank, rows, toGrid };

/** The digit examples are drawn on a RASTER × RASTER square with a pen PEN wide. */
export const RASTER = 140;
export const PEN = 9;
export const DEFAULT_EXAMPLE = 7;
/** example = -1 means the learner drew the digit. */
export type FeatureMapsState = { ink: string; example: number };

const HEX = /^[0-9a-f]{784}$/;

/** How far point (px, py) is from the segment from a to b. */
function distanceToSegment(px: number, py: number, a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : clamp(((px - a[0]) * dx + (py - a[1]) * dy) / length2, 0, 1);
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

/** Pen strokes on the 0..1 square -> brightness 0..255 of a size × size canvas (white ink). */
export function strokePixels(strokes: readonly Stroke[], size = RASTER, pen = PEN): Float32Array {
  const out = new Float32Array(size * size);
  const segments: [readonly [number, number], readonly [number, number]][] = [];
  for (const stroke of strokes)
    for (let i = 1; i < stroke.length; i++) segments.push([[stroke[i - 1]![0] * size, stroke[i - 1]![1] * size], [stroke[i]![0] * size, stroke[i]![1] * size]]);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      for (const [a, b] of segments)
        if (distanceToSegment(x + 0.5, y + 0.5, a, b) <= pen / 2) {
          out[y * size + x] = 255;
          break;
        }
  return out;
}

/** Example digit d as the demo's ink: strokes -> canvas -> MNIST-style 28 × 28 grid -> hex. */
export function exampleInk(d: number): string {
  const strokes = EXAMPLE_STROKES[clamp(Math.round(d), 0, 9)]!;
  return encodeInk(toGrid(strokePixels(strokes), RASTER, RASTER));
}

export function normalise(p: Record<string, unknown>): FeatureMapsState {
  const ink = typeof p.ink === "string" ? p.ink.toLowerCase() : "";
  const example = Math.round(clamp(numberProp(p.example, HEX.test(ink) ? -1 : DEFAULT_EXAMPLE), -1, 9));
  if (HEX.test(ink)) return { ink, example };
  const digit = example < 0 ? DEFAULT_EXAMPLE : example;
  return { ink: exampleInk(digit), example: digit };
}

/** A layer's maps as a list of 2-D grids: conv layers are [C, H, W]; a list becomes one near-square grid. */
export function mapsOf(layer: CnnLayer): number[][][] {
  if (layer.shape.length === 3) return layer.values as number[][][];
  const values = layer.values as number[];
  const cols = Math.ceil(Math.sqrt(values.length));
  const grid: number[][] = [];
  for (let r = 0; r * cols < values.length; r++) grid.push(values.slice(r * cols, (r + 1) * cols));
  return [grid];
}

/** The largest value in a layer: every map of a layer shares one brightness scale. */
export function layerMax(maps: readonly (readonly (readonly number[])[])[]): number {
  let top = 0;
  for (const map of maps) for (const row of map) for (const v of row) if (v > top) top = v;
  return top;
}

/** 0 (black) .. 255 (white) for a value on a layer whose largest value is `max`. */
export function brightnessOf(v: number, max: number): number {
  return max > 0 ? Math.round(clamp(v / max, 0, 1) * 255) : 0;
}

/** "16 maps of 13 × 13 (16 × 13 × 13)" or "128 numbers". */
export function shapeLabel(layer: CnnLayer): string {
  const [a, b, c] = layer.shape;
  if (layer.shape.length === 3) return `${a!} maps of ${b!} × ${c!} (${a!} × ${b!} × ${c!})`;
  return `${a!} numbers`;
}

/** How many maps in a layer light up at all (some value above zero). */
export function activeMaps(maps: readonly (readonly (readonly number[])[])[]): number {
  return maps.filter((m) => m.some((row) => row.some((v) => v > 0))).length;
}
