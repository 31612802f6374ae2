/**
 * One transformer block, worked on 3 words with 4 numbers each, every stage shown.
 *
 * The words and all weights are small made-up numbers, fixed here so the lesson can talk
 * about them (nothing is trained):
 * - EMBED: each word's 4-number vector; POSITIONS: one made-up vector per place (1st, 2nd, 3rd).
 * - Attention: one head, every word may look at every word (no causal mask, to keep the
 *   demo about order only), scores q·k ÷ √4, softmax per row, then a weighted average of
 *   the values. W_Q, W_K, W_V below; no output layer after it.
 * - Feed-forward: 4 → 16 (ReLU) → 4, weights from the formula in `ffWeight`, biases 0.
 * - Layer norm: γ = 1, β = 0, ε = 0.00001 (as PyTorch's default).
 * Pre-norm (GPT-2, fromzero.scratch): x + attention(norm(x)), then x + feed-forward(norm(x)).
 * Post-norm (the original 2017 transformer): norm(x + attention(x)), then norm(x + ff(x)).
 */
import { layerNormNumbers } from "../../explain";
import { choiceProp } from "../state";

export const TITLE = "A transformer block, stage by stage";

export const WORDS = ["dog", "bites", "man"] as const;
export type Word = (typeof WORDS)[number];
export const D = 4;
export const HIDDEN = 4 * D;
export const EPS = 1e-5;

export const EMBED: Record<Word, readonly number[]> = {
  dog: [1, 0, 0.5, -0.5],
  bites: [0, 1, -0.5, 0.5],
  man: [0.5, -0.5, 1, 0],
};
/** Made-up position vectors for places 1, 2, 3 (GPT learns these; here they are fixed). */
export const POSITIONS: readonly (readonly number[])[] = [
  [0.5, 0, 0, 0.5],
  [0, 0.5, 0.5, 0],
  [-0.5, 0, 0, -0.5],
];
type M = readonly (readonly number[])[];
/** q = x W_Q: entry j of q is the sum over i of x[i] × W_Q[i][j]. */
export const W_Q: M = [[1, 0, 0.5, 0], [0, 1, 0, 0.5], [0.5, 0, 1, 0], [0, -0.5, 0, 1]];
export const W_K: M = [[1, 0.5, 0, 0], [0, 1, 0.5, 0], [0, 0, 1, 0.5], [0.5, 0, 0, 1]];
export const W_V: M = [[0.5, 0, 0, 0.5], [0, 0.5, 0.5, 0], [0.5, -0.5, 0, 0], [0, 0, 0.5, -0.5]];

/** A fixed small weight from a formula: one of −0.5, −0.375, ... 0.5. */
export function ffWeight(i: number, j: number, seed: number): number {
  return (((i * 7 + j * 3 + seed) % 9) - 4) / 8;
}
/** W1: D rows × HIDDEN columns; W2: HIDDEN rows × D columns. */
export const W_1: M = Array.from({ length: D }, (_, i) => Array.from({ length: HIDDEN }, (_, j) => ffWeight(i, j, 1)));
export const W_2: M = Array.from({ length: HIDDEN }, (_, i) => Array.from({ length: D }, (_, j) => ffWeight(i, j, 5)));

export type NormOrder = "pre" | "post";
export type FlowState = { order: NormOrder; positions: "on" | "off"; swap: "no" | "yes" };

export function normalise(props: Record<string, unknown>): FlowState {
  return {
    order: choiceProp(props.order, ["pre", "post"] as const, "pre"),
    positions: choiceProp(props.positions, ["on", "off"] as const, "on"),
    swap: choiceProp(props.swap, ["no", "yes"] as const, "no"),
  };
}

/** The words in reading order: "dog bites man", or with the two nouns swapped. */
export function sentence(swap: boolean): Word[] {
  return swap ? ["man", "bites", "dog"] : ["dog", "bites", "man"];
}

function times(x: readonly number[], w: M): number[] {
  const out: number[] = [];
  for (let j = 0; j < w[0]!.length; j++) {
    let total = 0;
    for (let i = 0; i < x.length; i++) total = total + x[i]! * w[i]![j]!;
    out.push(total);
  }
  return out;
}

function add(a: M, b: M): number[][] {
  return a.map((row, t) => row.map((v, j) => v + b[t]![j]!));
}

function norm(x: M): number[][] {
  return x.map((row) => layerNormNumbers(row, 1, 0, EPS).output);
}

export function softmaxRow(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const ups = scores.map((s) => Math.exp(s - top));
  let total = 0;
  for (const u of ups) total = total + u;
  return ups.map((u) => u / total);
}

/** One head of attention over all words: the weights (rows: who looks) and the mixed values. */
export function attend(x: M): { weights: number[][]; out: number[][] } {
  const q = x.map((row) => times(row, W_Q));
  const k = x.map((row) => times(row, W_K));
  const v = x.map((row) => times(row, W_V));
  const weights = q.map((qt) => softmaxRow(k.map((ks) => qt.reduce((a, qi, i) => a + qi * ks[i]!, 0) / Math.sqrt(D))));
  const out = weights.map((w) => {
    const mixed = new Array<number>(D).fill(0);
    w.forEach((ws, s) => v[s]!.forEach((vs, j) => (mixed[j] = mixed[j]! + ws * vs)));
    return mixed;
  });
  return { weights, out };
}

/** 4 → 16 → ReLU → 4 for each word on its own (biases 0). */
export function feedForward(x: M): number[][] {
  return x.map((row) => times(times(row, W_1).map((h) => (h > 0 ? h : 0)), W_2));
}

export interface Stage {
  id: string;
  label: string;
  /** One row per word (in reading order), D numbers each. */
  rows: number[][];
}

export interface Flow {
  words: Word[];
  stages: Stage[];
  /** Attention weights: row = the word that looks, column = the word looked at. */
  weights: number[][];
  output: number[][];
}

/** The whole block for one sentence. */
export function run(order: NormOrder, positions: boolean, swap: boolean): Flow {
  const words = sentence(swap);
  const embed = words.map((w) => [...EMBED[w]]);
  const x0 = positions ? add(embed, POSITIONS) : embed.map((r) => [...r]);
  const stages: Stage[] = [
    { id: "words", label: "1. Word vectors", rows: embed },
    { id: "positions", label: positions ? "2. + position vectors" : "2. No positions added", rows: x0 },
  ];
  if (order === "pre") {
    const n1 = norm(x0);
    const a = attend(n1);
    const x1 = add(x0, a.out);
    const n2 = norm(x1);
    const f = feedForward(n2);
    const out = add(x1, f);
    stages.push(
      { id: "norm1", label: "3. Norm", rows: n1 },
      { id: "attention", label: "4. Attention", rows: a.out },
      { id: "add1", label: "5. Add: x + attention", rows: x1 },
      { id: "norm2", label: "6. Norm", rows: n2 },
      { id: "ff", label: "7. Feed-forward", rows: f },
      { id: "add2", label: "8. Add: x + feed-forward (block output)", rows: out },
    );
    return { words, stages, weights: a.weights, output: out };
  }
  const a = attend(x0);
  const s1 = add(x0, a.out);
  const x1 = norm(s1);
  const f = feedForward(x1);
  const s2 = add(x1, f);
  const out = norm(s2);
  stages.push(
    { id: "attention", label: "3. Attention", rows: a.out },
    { id: "add1", label: "4. Add: x + attention", rows: s1 },
    { id: "norm1", label: "5. Norm", rows: x1 },
    { id: "ff", label: "6. Feed-forward", rows: f },
    { id: "add2", label: "7. Add: x + feed-forward", rows: s2 },
    { id: "norm2", label: "8. Norm (block output)", rows: out },
  );
  return { words, stages, weights: a.weights, output: out };
}

/** Rounding noise from adding in another order stays far below this. */
export const SAME = 1e-9;

export interface WordChange {
  word: Word;
  /** The biggest change in this word's output numbers between the two orders. */
  change: number;
  same: boolean;
}

/** For each word: does its block output change when dog and man swap places? */
export function swapChanges(order: NormOrder, positions: boolean): WordChange[] {
  const a = run(order, positions, false);
  const b = run(order, positions, true);
  return WORDS.map((word) => {
    const ra = a.output[a.words.indexOf(word)]!;
    const rb = b.output[b.words.indexOf(word)]!;
    const change = Math.max(...ra.map((v, j) => Math.abs(v - rb[j]!)));
    return { word, change, same: change < SAME };
  });
}

/** Cell colour: blue for positive, orange for negative, stronger for bigger numbers. */
export function shade(v: number): { background: string; dark: boolean } {
  const a = Math.round(Math.min(1, Math.abs(v) / 2) * 0.85 * 100) / 100;
  if (a === 0) return { background: "var(--paper)", dark: false };
  const rgb = v > 0 ? "37, 99, 235" : "217, 72, 15";
  return { background: `rgba(${rgb}, ${a})`, dark: a > 0.55 };
}

export function compute(s: FlowState): { flow: Flow; changes: WordChange[] } {
  const positions = s.positions === "on";
  return { flow: run(s.order, positions, s.swap === "yes"), changes: swapChanges(s.order, positions) };
}
