/**
 * Overfitting on a picture: ten noisy points from a smooth true curve, and a curve of a chosen
 * degree (1 = a straight line, 9 = up to eight bends) fitted to them by least squares, live.
 * The error on the ten training points only ever goes down as the degree grows; the error on
 * twenty held-out points from the same recipe goes down, then up again.
 */
import { clamp, numberProp, type Range } from "../state";
import { seededRandom } from "../random";

export const TITLE = "Fit a curve through noisy points";

export type CurveState = { degree: number; seed: number };

export const DEGREE: Range = { min: 1, max: 9, step: 1 };
export const SEED_MAX = 999;
export const TRAIN_COUNT = 10;
export const HELD_OUT_COUNT = 20;
/** How far the noise may push a point up or down. */
export const NOISE = 0.5;
export const X_DOMAIN = [0, 1] as const;
export const Y_DOMAIN = [-2, 2] as const;

export function normalise(p: Record<string, unknown>): CurveState {
  return {
    degree: Math.round(clamp(numberProp(p.degree, 1), DEGREE.min, DEGREE.max)),
    seed: Math.round(clamp(numberProp(p.seed, 1), 1, SEED_MAX)),
  };
}

/** The smooth rule the points come from: one wave up and down across 0..1. */
export function trueCurve(x: number): number {
  return Math.sin(2 * Math.PI * x);
}

/** The same seed gives the same numbers (see ../random.ts). */
export const rng = seededRandom;

export type Pt = [number, number];

export interface Points {
  train: Pt[];
  heldOut: Pt[];
}

/** Ten training points spread across 0..1, twenty held-out ones anywhere; all noisy. */
export function makePoints(seed: number): Points {
  const r = rng(seed * 7919 + 17);
  const noisy = (x: number): Pt => [x, trueCurve(x) + (r() * 2 - 1) * NOISE];
  // one training point somewhere inside each tenth of 0..1: spread out, but not evenly
  const train = Array.from({ length: TRAIN_COUNT }, (_, i) => noisy((i + r()) / TRAIN_COUNT));
  const heldOut = Array.from({ length: HELD_OUT_COUNT }, () => noisy(r())).sort((a, b) => a[0] - b[0]);
  return { train, heldOut };
}

/** x in 0..1 becomes t in −1..1: powers of t stay small, which keeps the sums accurate. */
const toT = (x: number) => 2 * x - 1;

/**
 * Least squares: the numbers c[0..k-1] that make rows·c as close as possible to ys (the
 * smallest sum of squared errors). Householder QR, which stays accurate where the shortcut
 * "normal equations" would square the rounding trouble.
 */
export function leastSquares(rows: readonly (readonly number[])[], ys: readonly number[]): number[] {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (n < k) throw new Error(`least squares needs at least ${k} points for ${k} unknowns, got ${n}.`);
  const a = rows.map((r) => [...r]);
  const b = [...ys];
  for (let j = 0; j < k; j++) {
    // the mirror that turns column j (from row j down) into one number on the diagonal
    let norm = 0;
    for (let i = j; i < n; i++) norm += a[i]![j]! ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = a[j]![j]! > 0 ? -norm : norm;
    const v = new Array<number>(n).fill(0);
    v[j] = a[j]![j]! - alpha;
    for (let i = j + 1; i < n; i++) v[i] = a[i]![j]!;
    let vv = 0;
    for (let i = j; i < n; i++) vv += v[i]! ** 2;
    if (vv === 0) continue;
    for (let c = j; c < k; c++) {
      let dot = 0;
      for (let i = j; i < n; i++) dot += v[i]! * a[i]![c]!;
      const f = (2 * dot) / vv;
      for (let i = j; i < n; i++) a[i]![c]! -= f * v[i]!;
    }
    let dot = 0;
    for (let i = j; i < n; i++) dot += v[i]! * b[i]!;
    const f = (2 * dot) / vv;
    for (let i = j; i < n; i++) b[i]! -= f * v[i]!;
  }
  // back substitution on the triangle that is left
  const c = new Array<number>(k).fill(0);
  for (let j = k - 1; j >= 0; j--) {
    let s = b[j]!;
    for (let m = j + 1; m < k; m++) s -= a[j]![m]! * c[m]!;
    c[j] = a[j]![j]! === 0 ? 0 : s / a[j]![j]!;
  }
  return c;
}

/** A fitted curve: its numbers, one per power of t (t = 2x − 1). */
export function fit(points: readonly Pt[], degree: number): number[] {
  const rows = points.map(([x]) => Array.from({ length: degree + 1 }, (_, p) => toT(x) ** p));
  return leastSquares(rows, points.map(([, y]) => y));
}

/** The fitted curve's height at x. */
export function predict(coeffs: readonly number[], x: number): number {
  const t = toT(x);
  let y = 0;
  for (let p = coeffs.length - 1; p >= 0; p--) y = y * t + coeffs[p]!;
  return y;
}

/** Mean squared error of the curve on some points. */
export function meanSquaredError(coeffs: readonly number[], points: readonly Pt[]): number {
  let total = 0;
  for (const [x, y] of points) total += (predict(coeffs, x) - y) ** 2;
  return total / points.length;
}

export interface DegreeRow {
  degree: number;
  train: number;
  heldOut: number;
}

/** Both errors for every degree from 1 to 9. */
export function errorTable(points: Points): DegreeRow[] {
  return Array.from({ length: DEGREE.max }, (_, i) => {
    const degree = i + 1;
    const c = fit(points.train, degree);
    return { degree, train: meanSquaredError(c, points.train), heldOut: meanSquaredError(c, points.heldOut) };
  });
}

/** The degree whose error on the held-out points is smallest. */
export function bestDegree(table: readonly DegreeRow[]): number {
  let best = table[0]!;
  for (const row of table) if (row.heldOut < best.heldOut) best = row;
  return best.degree;
}

/** A plain-words verdict for the chosen degree. */
export function verdict(table: readonly DegreeRow[], degree: number): string {
  const best = bestDegree(table);
  if (degree < best) return "Too simple: the curve misses the wave, on both kinds of points.";
  if (degree === best) return "About right: the smallest error on the held-out points.";
  return "Too bendy: it chases the noise of the ten points, and misses the new ones.";
}

/** Next set of points (the "new points" button). */
export function nextSeed(seed: number): number {
  return seed >= SEED_MAX ? 1 : seed + 1;
}
