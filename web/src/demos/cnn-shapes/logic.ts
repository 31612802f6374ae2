/**
 * The course's MNIST CNN, shape by shape: sliders set the filters of both conv layers and the
 * dense layer's neurons (the mnist-cnn preset's hidden_sizes and their range); every layer's
 * output shape and its weights and biases follow, next to Part 5's plain network 784-128-64-10.
 */
import { cnnParams, cnnShapes, cnnStages, lastValue, mlpParams, type CnnStage, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "A CNN's shapes and weights";

export const SIZE = 28; // MNIST images are 28 × 28 with one channel
export const CLASSES = 10;
/** The mnist-cnn preset allows 1 to 256 for each of its hidden_sizes (presets.py). */
export const UNITS: Range = { min: 1, max: 256, step: 1 };
export const DEFAULTS = { conv1: 8, conv2: 16, dense: 64 };
/** Part 5's plain network: 784 inputs, hidden layers of 128 and 64, ten outputs. */
export const MLP_SIZES = [784, 128, 64, 10];

export type CnnShapesState = { conv1: number; conv2: number; dense: number };

const units = (v: unknown, fallback: number): number => Math.round(clamp(numberProp(v, fallback), UNITS.min, UNITS.max));

export function normalise(p: Record<string, unknown>): CnnShapesState {
  return { conv1: units(p.conv1, DEFAULTS.conv1), conv2: units(p.conv2, DEFAULTS.conv2), dense: units(p.dense, DEFAULTS.dense) };
}

export interface Stage extends CnnStage {
  /** "conv 1", "pool", "flatten", "dense", "output"… */
  label: string;
  /** Weights and biases of this layer (0 for input, pooling and flatten). */
  params: number;
}

export interface CnnShapesView {
  stages: Stage[];
  total: number;
  mlpTotal: number;
  /** How many times more weights and biases the plain network has. */
  ratio: number;
  shapeSteps: Step[];
  paramSteps: Step[];
  mlpSteps: Step[];
}

export function compute(s: CnnShapesState): CnnShapesView {
  const channels = [s.conv1, s.conv2];
  const dense = [s.dense, CLASSES];
  const stages = cnnStages(SIZE, channels, dense);
  const paramSteps = cnnParams(SIZE, channels, dense);
  const mlpSteps = mlpParams(MLP_SIZES);
  // the param steps come one per conv layer, then one per dense layer, then the total
  let conv = 0;
  let layer = 0;
  const labelled = stages.map((st): Stage => {
    if (st.kind === "conv") {
      conv = conv + 1;
      return { ...st, label: `conv ${conv} + ReLU`, params: paramSteps[conv - 1]!.value };
    }
    if (st.kind === "dense") {
      layer = layer + 1;
      return { ...st, label: layer === dense.length ? "output" : `dense ${layer} + ReLU`, params: paramSteps[channels.length + layer - 1]!.value };
    }
    return { ...st, label: st.kind === "pool" ? "max pool" : st.kind, params: 0 };
  });
  const total = lastValue(paramSteps);
  const mlpTotal = lastValue(mlpSteps);
  return { stages: labelled, total, mlpTotal, ratio: mlpTotal / total, shapeSteps: cnnShapes(SIZE, channels, dense), paramSteps, mlpSteps };
}

/** "26 × 26 × 8" for maps, "400" for lists. */
export function shapeText(st: CnnStage): string {
  return st.shape.length === 3 ? `${st.shape[0]!} × ${st.shape[1]!} × ${st.shape[2]!}` : String(st.shape[0]!);
}

/** 25664 -> "25,664": big counts are easier to read in groups of three. */
export function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export interface Block {
  /** Width and height of one square (a map), or the bar's height (a list), in SVG units. */
  side: number;
  /** How many squares to stack (at most MAX_STACK, so 256 maps still fit). */
  stack: number;
  /** A list is drawn as a thin bar. */
  bar: boolean;
}

export const MAX_STACK = 12;
export const MAX_SIDE = 56; // a 28 × 28 input is drawn 56 units wide

/** How to draw a stage: maps as a stack of squares (side ∝ map side), lists as a bar (height grows with the count). */
export function blockOf(st: CnnStage): Block {
  if (st.shape.length === 3) {
    const [side, , depth] = st.shape as [number, number, number];
    return { side: (side / SIZE) * MAX_SIDE, stack: Math.min(depth, MAX_STACK), bar: false };
  }
  // a list: the bar's height grows with the log of its length, so 10 and 50,000 both fit
  const n = st.shape[0]!;
  return { side: clamp(8 + 10 * Math.log10(Math.max(1, n)), 8, 80), stack: 1, bar: true };
}
