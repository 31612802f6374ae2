/**
 * Queries, keys and values for three words: each word's embedding (2 numbers) times three
 * 2 by 2 matrices gives its q, k and v; then the score table q · k, the scaled scores (÷ √d),
 * the weights (softmax of each row) and the outputs (each row's weighted sum of the values).
 *
 * Each matrix is kept as a flat list, row by row, so it fits in the URL: [a, b, c, d] is
 * [[a, b], [c, d]]. The three embeddings are one flat list of 6 numbers, 2 per word.
 */
import { attentionNumbers, qkv, selfAttention, type AttentionNumbers, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Queries, keys and values";

export const WORDS = ["the", "cat", "sat"] as const;
export const VALUE: Range = { min: -5, max: 5, step: 0.5 };
export const SCALES = ["yes", "no"] as const;
export type Scale = (typeof SCALES)[number];
export const MATRICES = ["wq", "wk", "wv"] as const;
export type MatrixKey = (typeof MATRICES)[number];

/** The lesson's numbers (the same as the worked examples in m8.2). */
export const LESSON = { x: [1, 0, 0, 1, 1, 1], wq: [1, 1, 0, 1], wk: [1, 0, 1, 1], wv: [2, 0, 0, 1] };
/** Every matrix "do nothing": q = k = v = the embedding, like plain attention in m8.1. */
export const SAME = { wq: [1, 0, 0, 1], wk: [1, 0, 0, 1], wv: [1, 0, 0, 1] };
export const PRESETS = { lesson: LESSON, same: SAME } as const;
export type Preset = keyof typeof PRESETS;

export type QkvState = { x: number[]; wq: number[]; wk: number[]; wv: number[]; scale: Scale };

/** A value typed into a box: snapped to the half-steps and kept in range. */
export function tidy(v: number): number {
  return clamp(Math.round(v * 2) / 2, VALUE.min, VALUE.max);
}

function list(v: unknown, fallback: readonly number[]): number[] {
  const given = Array.isArray(v) ? v : [];
  return fallback.map((f, i) => tidy(numberProp(given[i], f)));
}

export function normalise(p: Record<string, unknown>): QkvState {
  return {
    x: list(p.x, LESSON.x),
    wq: list(p.wq, LESSON.wq),
    wk: list(p.wk, LESSON.wk),
    wv: list(p.wv, LESSON.wv),
    scale: choiceProp(p.scale, SCALES, "yes"),
  };
}

export function grid(flat: readonly number[]): number[][] {
  return [
    [flat[0]!, flat[1]!],
    [flat[2]!, flat[3]!],
  ];
}

export function embeddings(s: QkvState): number[][] {
  return WORDS.map((_, i) => [s.x[2 * i]!, s.x[2 * i + 1]!]);
}

/** One number changed; everything else stays. */
export function withValue(s: QkvState, key: "x" | MatrixKey, index: number, value: number): QkvState {
  return { ...s, [key]: s[key].map((v, i) => (i === index ? tidy(value) : v)) };
}

/** Set all three matrices (the embeddings stay as they are). */
export function withPreset(s: QkvState, preset: Preset): QkvState {
  const p = PRESETS[preset];
  return { ...s, wq: [...p.wq], wk: [...p.wk], wv: [...p.wv] };
}

export interface QkvView {
  nums: AttentionNumbers;
  /** For each word, the worked q, k, v (each number a row of the matrix times the embedding). */
  perWord: Step[][];
  /** Every step of self-attention, in order. */
  steps: Step[];
  /** √d, the number the scores are divided by (1 when scaling is off). */
  root: number;
  /** True when a score is not the same both ways: word i asks word j differently from j asking i. */
  oneWay: boolean;
}

export function compute(s: QkvState): QkvView {
  const xs = embeddings(s);
  const [wq, wk, wv] = [grid(s.wq), grid(s.wk), grid(s.wv)];
  const scale = s.scale === "yes";
  const nums = attentionNumbers(xs, wq, wk, wv, scale, false);
  const perWord = xs.map((x) => qkv(x, wq, wk, wv));
  const steps = selfAttention(xs, wq, wk, wv, scale, false);
  const oneWay = nums.scores.some((row, i) => row.some((v, j) => v !== nums.scores[j]![i]));
  return { nums, perWord, steps, root: scale ? Math.sqrt(2) : 1, oneWay };
}

/** How dark a weight's cell is: 0 stays white, 1 is full colour (0.1 to 0.9 in between). */
export function shadeOf(weight: number): number {
  return weight <= 0 ? 0 : Math.round((0.1 + 0.8 * clamp(weight, 0, 1)) * 100) / 100;
}
