/**
 * A GPT's shapes and sizes: sliders for V (vocabulary), C (numbers per token), the number of
 * blocks, the heads and T (the longest text it reads). Every stage's shape is listed top to
 * bottom, with the parameter count of each part and the total, from the same explain concepts
 * (gptShapes, gptParams) the lesson's worked examples use. Starts at the shipped char-gpt.
 */
import { gptCounts, gptParams, gptShapes, gptStages, lastValue, shapeOf, type GptCounts, type GptStage, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "A GPT's shapes and sizes";

export const VOCAB: Range = { min: 2, max: 1024, step: 1 };
export const WIDTH: Range = { min: 8, max: 768, step: 8 };
export const LAYERS: Range = { min: 1, max: 24, step: 1 };
export const HEADS: Range = { min: 1, max: 12, step: 1 };
export const CONTEXT: Range = { min: 1, max: 1024, step: 1 };
export const HEAD_KINDS = ["tied", "own"] as const;
export type HeadKind = (typeof HEAD_KINDS)[number];
/** The shipped char-gpt: 76 characters, 128 numbers each, 4 blocks of 4 heads, 128 places. */
export const CHAR_GPT = { V: 76, C: 128, n_layer: 4, n_head: 4, T: 128 };

export type GptShapesState = { V: number; C: number; n_layer: number; n_head: number; T: number; head: HeadKind };

const whole = (v: unknown, fallback: number, r: Range): number => Math.round(clamp(numberProp(v, fallback), r.min, r.max) / r.step) * r.step;

/** The biggest head count up to `wanted` that C divides into evenly (1 always works). */
export function fittingHeads(C: number, wanted: number): number {
  for (let h = wanted; h > 1; h--) if (C % h === 0) return h;
  return 1;
}

export function normalise(p: Record<string, unknown>): GptShapesState {
  const C = whole(p.C, CHAR_GPT.C, WIDTH);
  return {
    V: whole(p.V, CHAR_GPT.V, VOCAB),
    C,
    n_layer: whole(p.n_layer, CHAR_GPT.n_layer, LAYERS),
    n_head: whole(p.n_head, CHAR_GPT.n_head, HEADS),
    T: whole(p.T, CHAR_GPT.T, CONTEXT),
    head: choiceProp(p.head, HEAD_KINDS, "tied"),
  };
}

export interface Row extends GptStage {
  /** How many numbers this stage holds for one text. */
  size: number;
  /** The learned numbers that make this stage (0 when nothing is learned here). */
  params: number;
  /** What those numbers are, in a few words. */
  note: string;
}

export interface GptShapesView {
  /** Heads actually used: the slider's value, or fewer when C does not split evenly. */
  heads: number;
  rows: Row[];
  counts: GptCounts;
  total: number;
  shapeSteps: Step[];
  paramSteps: Step[];
}

export function compute(s: GptShapesState): GptShapesView {
  const heads = fittingHeads(s.C, s.n_head);
  const tied = s.head === "tied";
  const counts = gptCounts(s.V, s.C, s.n_layer, s.T, true, tied);
  const shapeSteps = gptShapes(s.V, s.C, s.n_layer, heads, s.T);
  const paramSteps = gptParams(s.V, s.C, s.n_layer, s.T, true, tied);
  const learned: [number, string][] = [
    [0, "just numbers, nothing learned"],
    [counts.tokenTable, "token table"],
    [counts.positionTable, "position table"],
    [counts.attention, "attention in one block"],
    [0, "scores, made fresh each time"],
    [0, "glued, nothing learned"],
    [counts.feedForward, "feed-forward in one block"],
    [counts.blocks, `all ${s.n_layer} blocks`],
    [counts.finalNorm, "final norm"],
    [counts.head, tied ? "head: reuses the token table" : "head"],
    [0, "softmax, nothing learned"],
    [0, "the last place only"],
  ];
  const rows = gptStages(s.V, s.C, heads, s.T).map((st, i): Row => ({
    ...st,
    size: shapeSteps[i]!.value,
    params: learned[i]![0],
    note: learned[i]![1],
  }));
  return { heads, rows, counts, total: lastValue(paramSteps), shapeSteps, paramSteps };
}

/** "(1, 7, 128)" */
export function shapeText(st: GptStage): string {
  return shapeOf(...st.shape);
}

/** 819456 -> "819,456". */
export function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** How wide to draw a stage's bar (0 to 100 %): grows with the log of its size, so all fit. */
export function barWidth(size: number, biggest: number): number {
  if (biggest <= 1) return 100;
  return clamp((100 * Math.log10(Math.max(1, size) + 1)) / Math.log10(biggest + 1), 4, 100);
}
