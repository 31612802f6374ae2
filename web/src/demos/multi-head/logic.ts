/**
 * Multi-head attention on a few made-up tokens. The embedding width is fixed at 8; the learner
 * picks 1, 2 or 4 heads, so each head works with 8 ÷ heads numbers. As in m8.2, a query is W_q
 * times the embedding, one row of W_q per query number. Every head gets its own slice of the
 * rows of W_q, W_k and W_v (8 by 8 each, drawn from a seed), makes its own table of attention
 * weights, and its own output for each token. The outputs are glued end to end (always 8 numbers
 * long) and W_o times each glued list gives the final output. The weights are random: made up
 * to show the idea, not trained.
 */
import { attentionParamCount, concat, headNumbers, headSplit, matrixTimes, type HeadNumbers, type Matrix, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";
import { seededRandom } from "../random";

export const TITLE = "Several ways to look: multi-head attention";

export const WIDTH = 8;
export const HEAD_CHOICES = [1, 2, 4] as const;
export const WORDS = ["Sam", "gave", "Max", "a", "book"] as const;
export const TOKENS: Range = { min: 3, max: 5, step: 1 };
export const SEED_MAX = 999;
/** The embeddings never change (seed 2024); only the attention weights get new numbers. */
export const EMBEDDING_SEED = 2024;

export type MultiHeadState = { tokens: number; heads: number; seed: number; token: number };

export function normalise(p: Record<string, unknown>): MultiHeadState {
  const tokens = Math.round(clamp(numberProp(p.tokens, 3), TOKENS.min, TOKENS.max));
  const wanted = numberProp(p.heads, 2);
  const heads = (HEAD_CHOICES as readonly number[]).includes(wanted) ? wanted : 2;
  return {
    tokens,
    heads,
    seed: Math.round(clamp(numberProp(p.seed, 1), 1, SEED_MAX)),
    token: Math.round(clamp(numberProp(p.token, 1), 1, tokens)),
  };
}

/** A rows × cols grid of numbers from −1 to 1 with one decimal, drawn from `random`. */
export function randomMatrix(rows: number, cols: number, random: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round((random() * 2 - 1) * 10) / 10));
}

/** The five tokens' embeddings: 8 numbers each, the same for every seed. */
export const EMBEDDINGS: number[][] = randomMatrix(WORDS.length, WIDTH, seededRandom(EMBEDDING_SEED));

export interface Weights {
  w_q: number[][];
  w_k: number[][];
  w_v: number[][];
  w_o: number[][];
}

/** W_q, W_k, W_v and W_o for a seed: four 8 by 8 grids. The same seed gives the same numbers. */
export function weightsFor(seed: number): Weights {
  const random = seededRandom(seed * 7919 + 17);
  return {
    w_q: randomMatrix(WIDTH, WIDTH, random),
    w_k: randomMatrix(WIDTH, WIDTH, random),
    w_v: randomMatrix(WIDTH, WIDTH, random),
    w_o: randomMatrix(WIDTH, WIDTH, random),
  };
}

/** Rows from..to (not included): one head's part of an 8 by 8 matrix (one row per head number). */
export function rows(m: Matrix, from: number, to: number): number[][] {
  return m.slice(from, to).map((row) => [...row]);
}

export interface MultiHeadView {
  words: string[];
  size: number;
  heads: HeadNumbers[];
  /** Each token's head outputs glued end to end (8 numbers each). */
  glued: number[][];
  /** W_o times each glued list. */
  final: number[][];
  /** The same for any number of heads: 4 × 8 × 8 + 4 × 8. */
  params: number;
  splitSteps: Step[];
  concatSteps: Step[];
}

export function compute(s: MultiHeadState): MultiHeadView {
  const x = EMBEDDINGS.slice(0, s.tokens);
  const w = weightsFor(s.seed);
  const size = WIDTH / s.heads;
  const heads = Array.from({ length: s.heads }, (_, h) => {
    const from = h * size;
    const to = from + size;
    return headNumbers(x, { w_q: rows(w.w_q, from, to), w_k: rows(w.w_k, from, to), w_v: rows(w.w_v, from, to) });
  });
  const glued = x.map((_, i) => heads.flatMap((hn) => hn.outputs[i]!));
  const final = glued.map((g) => matrixTimes(w.w_o, g)[1]);
  const pieces = heads.map((hn) => hn.outputs[s.token - 1]!);
  return {
    words: WORDS.slice(0, s.tokens),
    size,
    heads,
    glued,
    final,
    params: attentionParamCount(WIDTH),
    splitSteps: headSplit(WIDTH, s.heads),
    concatSteps: concat(pieces),
  };
}

export function nextSeed(seed: number): number {
  return seed >= SEED_MAX ? 1 : seed + 1;
}

/** How strongly to shade a cell: a weight from 0 to 1 as a percentage. */
export function shade(weight: number): number {
  return Math.round(clamp(weight, 0, 1) * 100);
}
