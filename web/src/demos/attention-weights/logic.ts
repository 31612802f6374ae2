/**
 * Attention weights: a short sentence, one small made-up vector per word. The learner picks the
 * word to look from and edits any vector; the demo shows each word's score (a dot product), its
 * weight (softmax of the scores) as a bar and as a shaded word chip, and the output vector (the
 * weighted average of all the vectors), with every step from the worked example `attention`.
 */
import { attention, attentionMix, attentionScoreList, attentionWeightList, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Attention: which words matter?";

/** The sentence is words joined by spaces; `vectors` holds `dim` numbers per word, in order. */
export type AttentionState = { sentence: string; dim: number; vectors: number[]; from: number };

export const MIN_WORDS = 2;
export const MAX_WORDS = 7;
export const VALUE: Range = { min: -2, max: 2, step: 0.1 };

/** The lesson's made-up vectors: cat, sat and mat as in the text; "the" and "on" small. */
export const START_SENTENCE = "the cat sat on the mat";
export const START_VECTORS = [0.1, 0.1, 0.1, 0.5, 0.8, 0.2, 0.3, 0.4, 0.9, 0.2, 0.1, 0.3, 0.1, 0.1, 0.1, 0.7, 0.2, 0.5];

/** Lowercase words of letters only (so the sentence is safe in the URL), at most MAX_WORDS. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z']/g, ""))
    .filter((w) => w !== "")
    .slice(0, MAX_WORDS);
}

/** Round to one decimal, the slider step, without float noise (0.30000000000000004 -> 0.3). */
function tidy(x: number): number {
  return Math.round(x * 10) / 10;
}

export function normalise(p: Record<string, unknown>): AttentionState {
  let words = wordsOf(typeof p.sentence === "string" ? p.sentence : START_SENTENCE);
  if (words.length < MIN_WORDS) words = wordsOf(START_SENTENCE);
  const dim = numberProp(p.dim, 3) === 2 ? 2 : 3;
  const usingStart = words.join(" ") === START_SENTENCE && dim === 3;
  const given = Array.isArray(p.vectors) ? p.vectors : usingStart ? START_VECTORS : [];
  const vectors = Array.from({ length: words.length * dim }, (_, i) => tidy(clamp(numberProp(given[i], 0), VALUE.min, VALUE.max)));
  const from = Math.round(clamp(numberProp(p.from, Math.min(2, words.length - 1)), 0, words.length - 1));
  return { sentence: words.join(" "), dim, vectors, from };
}

/** The vector of each word, as a list of lists. */
export function vectorsOf(s: AttentionState): number[][] {
  const n = s.vectors.length / s.dim;
  return Array.from({ length: n }, (_, i) => s.vectors.slice(i * s.dim, (i + 1) * s.dim));
}

/** Change number `j` of word `i`'s vector (clamped into range). */
export function setValue(s: AttentionState, i: number, j: number, value: number): AttentionState {
  const k = i * s.dim + j;
  const v = tidy(clamp(Number.isFinite(value) ? value : 0, VALUE.min, VALUE.max));
  return { ...s, vectors: s.vectors.map((x, m) => (m === k ? v : x)) };
}

export interface WordRow {
  word: string;
  score: number;
  power: number;
  weight: number;
}

export interface AttentionView {
  words: string[];
  rows: WordRow[];
  total: number;
  output: number[];
  /** The word with the biggest weight (the first one on a tie). */
  top: number;
  steps: Step[];
}

export function compute(s: AttentionState): AttentionView {
  const words = wordsOf(s.sentence);
  const vectors = vectorsOf(s);
  const query = vectors[s.from]!;
  const scores = attentionScoreList(query, vectors);
  const weights = attentionWeightList(scores);
  const powers = scores.map((x) => Math.exp(x));
  let top = 0;
  weights.forEach((w, i) => {
    if (w > weights[top]!) top = i;
  });
  return {
    words,
    rows: words.map((word, i) => ({ word, score: scores[i]!, power: powers[i]!, weight: weights[i]! })),
    total: powers.reduce((a, b) => a + b, 0),
    output: attentionMix(weights, vectors),
    top,
    steps: attention(query, vectors, words),
  };
}

/** The shade of a word chip: brighter for more attention (an alpha from 0.08 to 1). */
export function chipAlpha(weight: number): number {
  return Math.round((0.08 + 0.92 * Math.sqrt(clamp(weight, 0, 1))) * 100) / 100;
}

/** "28 %" for a weight of 0.2777. */
export function percent(w: number): string {
  return `${Math.round(w * 100)} %`;
}
