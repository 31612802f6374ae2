/**
 * A small playground in the spirit of TensorFlow Playground: made-up 2-D points, a network
 * with adjustable hidden layers, trained live in the browser with plain backpropagation
 * (stochastic gradient descent, squared-error loss, sigmoid output).
 */
import { choiceProp, clamp, numberProp, type Range } from "../state";
import { seededRandom } from "../random";

export const TITLE = "Train a network on points";

export const DATASETS = ["xor", "circle", "spiral"] as const;
export type Dataset = (typeof DATASETS)[number];
export const HIDDEN_ACTS = ["relu", "sigmoid"] as const;
export type HiddenAct = (typeof HIDDEN_ACTS)[number];

export const LAYERS: Range = { min: 1, max: 3, step: 1 };
export const NEURONS: Range = { min: 1, max: 8, step: 1 };
export const LR: Range = { min: 0.01, max: 1, step: 0.01 };
export const EPOCHS: Range = { min: 0, max: 3000, step: 10 };
export const POINTS = 160;

export type PlaygroundState = {
  dataset: Dataset;
  layers: number;
  neurons: number;
  activation: HiddenAct;
  lr: number;
  epochs: number;
  seed: number;
};

export function normalise(p: Record<string, unknown>): PlaygroundState {
  return {
    dataset: choiceProp(p.dataset, DATASETS, "xor"),
    layers: Math.round(clamp(numberProp(p.layers, 1), LAYERS.min, LAYERS.max)),
    neurons: Math.round(clamp(numberProp(p.neurons, 4), NEURONS.min, NEURONS.max)),
    activation: choiceProp(p.activation, HIDDEN_ACTS, "relu"),
    lr: clamp(numberProp(p.lr, 0.3), LR.min, LR.max),
    epochs: Math.round(clamp(numberProp(p.epochs, 0), EPOCHS.min, EPOCHS.max)),
    seed: Math.round(clamp(numberProp(p.seed, 1), 1, 999)),
  };
}

/** The same seed gives the same numbers (see ../random.ts). */
export const rng = seededRandom;

export interface Data {
  x: [number, number][];
  y: number[];
}

/** Points in −1..1 on both axes, labelled 0 or 1. */
export function makeData(dataset: Dataset, n: number, seed: number): Data {
  const r = rng(seed * 7919 + DATASETS.indexOf(dataset));
  const u = () => r() * 2 - 1;
  const x: [number, number][] = [];
  const y: number[] = [];
  while (x.length < n) {
    if (dataset === "xor") {
      const a = u();
      const b = u();
      if (Math.abs(a) < 0.1 || Math.abs(b) < 0.1) continue;
      x.push([a, b]);
      y.push(a > 0 !== b > 0 ? 1 : 0);
    } else if (dataset === "circle") {
      const a = u();
      const b = u();
      const d = Math.hypot(a, b);
      if ((d > 0.5 && d < 0.65) || d > 1) continue;
      x.push([a, b]);
      y.push(d < 0.5 ? 1 : 0);
    } else {
      const label = x.length % 2;
      const t = 0.15 + 0.85 * r();
      const angle = t * 2 * Math.PI + label * Math.PI;
      x.push([t * Math.cos(angle) + (r() - 0.5) * 0.06, t * Math.sin(angle) + (r() - 0.5) * 0.06]);
      y.push(label);
    }
  }
  return { x, y };
}

export interface Net {
  W: number[][][]; // W[k][i][j]: layer k, neuron i, input j
  b: number[][];
}

export function sizes(s: Pick<PlaygroundState, "layers" | "neurons">): number[] {
  return [2, ...Array.from({ length: s.layers }, () => s.neurons), 1];
}

export function initNet(s: Pick<PlaygroundState, "layers" | "neurons" | "seed">): Net {
  const r = rng(s.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const sz = sizes(s);
  const W: number[][][] = [];
  const b: number[][] = [];
  for (let k = 1; k < sz.length; k++) {
    const scale = 1 / Math.sqrt(sz[k - 1]!);
    W.push(Array.from({ length: sz[k]! }, () => Array.from({ length: sz[k - 1]! }, () => gauss() * scale * 1.5)));
    b.push(Array.from({ length: sz[k]! }, () => (r() - 0.5) * 0.2));
  }
  return { W, b };
}

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const act = (a: HiddenAct, z: number) => (a === "relu" ? (z > 0 ? z : 0) : sig(z));
const slope = (a: HiddenAct, z: number, h: number) => (a === "relu" ? (z > 0 ? 1 : 0) : h * (1 - h));

/** Every layer's sums (z) and outputs (h); the last output is sigmoid: the chance of label 1. */
export function forward(net: Net, a: HiddenAct, x: readonly number[]): { z: number[][]; h: number[][] } {
  const z: number[][] = [];
  const h: number[][] = [[...x]];
  net.W.forEach((Wk, k) => {
    const inp = h[k]!;
    const zk = Wk.map((row, i) => row.reduce((acc, w, j) => acc + w * inp[j]!, net.b[k]![i]!));
    const last = k === net.W.length - 1;
    z.push(zk);
    h.push(zk.map((v) => (last ? sig(v) : act(a, v))));
  });
  return { z, h };
}

export function predictProb(net: Net, a: HiddenAct, x: readonly number[]): number {
  const { h } = forward(net, a, x);
  return h[h.length - 1]![0]!;
}

/** One backprop step on one point (squared error of the sigmoid output). Changes net in place. */
export function sgdStep(net: Net, a: HiddenAct, x: readonly number[], t: number, lr: number): void {
  const { z, h } = forward(net, a, x);
  const L = net.W.length;
  const p = h[L]![0]!;
  let grad: number[] = [2 * (p - t) * p * (1 - p)]; // slope of the loss for the output's sum
  for (let k = L - 1; k >= 0; k--) {
    const inp = h[k]!;
    const Wk = net.W[k]!;
    const back = inp.map((_, j) => Wk.reduce((acc, row, i) => acc + row[j]! * grad[i]!, 0));
    Wk.forEach((row, i) => {
      row.forEach((_, j) => {
        row[j] = row[j]! - lr * grad[i]! * inp[j]!;
      });
      net.b[k]![i] = net.b[k]![i]! - lr * grad[i]!;
    });
    if (k > 0) grad = back.map((g, j) => g * slope(a, z[k - 1]![j]!, inp[j]!));
  }
}

/** One pass over all points, in an order shuffled by the epoch number. */
export function trainEpoch(net: Net, s: Pick<PlaygroundState, "activation" | "lr" | "seed">, data: Data, epoch: number): void {
  const r = rng(s.seed * 100003 + epoch);
  const order = data.x.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) sgdStep(net, s.activation, data.x[i]!, data.y[i]!, s.lr);
}

export function meanLoss(net: Net, a: HiddenAct, data: Data): number {
  let total = 0;
  data.x.forEach((x, i) => {
    const e = predictProb(net, a, x) - data.y[i]!;
    total += e * e;
  });
  return total / data.x.length;
}

export function accuracyOf(net: Net, a: HiddenAct, data: Data): number {
  let right = 0;
  data.x.forEach((x, i) => {
    if ((predictProb(net, a, x) > 0.5 ? 1 : 0) === data.y[i]) right += 1;
  });
  return right / data.x.length;
}

/** A trained network for a state, reusing earlier work when only `epochs` grew. */
export interface Run {
  key: string;
  epochs: number;
  net: Net;
  data: Data;
  losses: number[]; // mean loss after each 10 epochs, starting at epoch 0
}

export function runKey(s: PlaygroundState): string {
  return [s.dataset, s.layers, s.neurons, s.activation, s.lr, s.seed].join("|");
}

export function advance(prev: Run | null, s: PlaygroundState): Run {
  let run = prev;
  if (!run || run.key !== runKey(s) || run.epochs > s.epochs) {
    const data = makeData(s.dataset, POINTS, s.seed);
    const net = initNet(s);
    run = { key: runKey(s), epochs: 0, net, data, losses: [meanLoss(net, s.activation, data)] };
  }
  while (run.epochs < s.epochs) {
    trainEpoch(run.net, s, run.data, run.epochs);
    run.epochs += 1;
    if (run.epochs % 10 === 0) run.losses.push(meanLoss(run.net, s.activation, run.data));
  }
  return run;
}

let lastRun: Run | null = null;

/** The run for a state, continuing the last one when only `epochs` grew (a small memo). */
export function trained(s: PlaygroundState): Run {
  lastRun = advance(lastRun, s);
  return lastRun;
}

/** Colours for a map: the output (or one hidden neuron's output) over a grid of points. */
export function grid(net: Net, a: HiddenAct, n: number, layer?: number, neuron?: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = -1 + (2 * (i + 0.5)) / n;
      const y = 1 - (2 * (j + 0.5)) / n;
      const { h } = forward(net, a, [x, y]);
      out.push(layer === undefined ? h[h.length - 1]![0]! : h[layer]![neuron ?? 0]!);
    }
  }
  return out;
}
