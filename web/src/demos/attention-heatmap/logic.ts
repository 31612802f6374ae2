/**
 * Attention heatmap: every word of a sentence looks at every word at once. Row i holds the
 * weights of word i (looking from), column j the word it looks at; each row is the softmax of
 * the dot products of word i's vector with every word's vector, so each row adds up to 1.
 * The vectors are hand-made for this demo (not learned), chosen so the picture makes sense.
 */
import { attention, attentionScoreList, attentionWeightList, type Step } from "../../explain";
import { choiceProp, clamp, numberProp } from "../state";

export const TITLE = "Attention for every word at once";

export const EXAMPLES = ["cat", "fruit", "ball"] as const;
export type Example = (typeof EXAMPLES)[number];

export type HeatmapState = { example: Example; row: number };

export interface Sentence {
  label: string;
  words: string[];
  vectors: number[][];
  /** What the three numbers of each vector stand for, in the hand-made design. */
  meaning: string;
}

export const SENTENCES: Record<Example, Sentence> = {
  cat: {
    label: "the cat sat on the mat",
    words: ["the", "cat", "sat", "on", "the", "mat"],
    vectors: [[0.1, 0.1, 0.1], [0.5, 0.8, 0.2], [0.3, 0.4, 0.9], [0.2, 0.1, 0.3], [0.1, 0.1, 0.1], [0.7, 0.2, 0.5]],
    meaning: "the lesson's small made-up vectors",
  },
  fruit: {
    label: "red apples and green pears",
    words: ["red", "apples", "and", "green", "pears"],
    vectors: [[2, 0, 0], [0.3, 2, 0], [0, 0, 1], [2, 0.2, 0], [0.2, 2, 0]],
    meaning: "number 1: a colour, number 2: a fruit, number 3: a joining word",
  },
  ball: {
    label: "rex chased the ball and caught it",
    words: ["rex", "chased", "the", "ball", "and", "caught", "it"],
    vectors: [[2, 0, 0.3], [0.5, 0.3, 2], [0.2, 0.2, 0.2], [0, 2, 0.3], [0, 0, 0.5], [0.5, 0.3, 2], [0.2, 1.5, 0]],
    meaning: "number 1: an animal, number 2: a thing, number 3: an action",
  },
};

export function normalise(p: Record<string, unknown>): HeatmapState {
  const example = choiceProp(p.example, EXAMPLES, "fruit");
  const n = SENTENCES[example].words.length;
  const row = Math.round(clamp(numberProp(p.row, 0), 0, n - 1));
  return { example, row };
}

/** A new sentence starts looking from its first word. */
export function withExample(s: HeatmapState, example: Example): HeatmapState {
  return example === s.example ? s : { example, row: 0 };
}

export interface HeatmapView {
  sentence: Sentence;
  /** weights[i][j]: how much word i looks at word j. */
  weights: number[][];
  scores: number[][];
  /** For each row, the column with the biggest weight (the first one on a tie). */
  top: number[];
  /** The steps of the picked row. */
  steps: Step[];
}

export function compute(s: HeatmapState): HeatmapView {
  const sentence = SENTENCES[s.example];
  const scores = sentence.vectors.map((q) => attentionScoreList(q, sentence.vectors));
  const weights = scores.map((row) => attentionWeightList(row));
  const top = weights.map((row) => row.reduce((best, w, j) => (w > row[best]! ? j : best), 0));
  return { sentence, weights, scores, top, steps: attention(sentence.vectors[s.row]!, sentence.vectors, sentence.words) };
}

/** The shade of a cell: brighter for more attention (an alpha from 0.04 to 1). */
export function cellAlpha(weight: number): number {
  return Math.round((0.04 + 0.96 * Math.sqrt(clamp(weight, 0, 1))) * 100) / 100;
}
