/**
 * Worked steps for the transformer block (m8.4): layer normalisation, the residual add, the
 * feed-forward layer and one block's parameter count (mirrors fromzero/explain/transformer.py
 * character for character; the golden files keep both sides equal).
 */
import { fmt, type Step } from "./steps";

/** A number written after an operator: negatives get brackets, (−0.2). */
function p(x: number): string {
  const text = fmt(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

/** With show = i (from 0), end on entry i + 1 of `values`; otherwise the last step stands. */
function pick(steps: Step[], values: readonly number[], show: number | null, what: string): Step[] {
  if (show === null) return steps;
  if (!Number.isInteger(show) || show < 0 || show >= values.length) {
    throw new Error(`show picks an entry from 0 to ${values.length - 1}: got ${show}.`);
  }
  const v = values[show]!;
  steps.push({ text: `So ${what} number ${show + 1} is:`, expr: fmt(v), value: v });
  return steps;
}

/** The numbers layer normalisation works out for one vector (the demos draw these). */
export interface LayerNormNumbers {
  mean: number;
  variance: number;
  std: number;
  /** (value − mean) ÷ std, before γ and β. */
  normalised: number[];
  /** γ × normalised + β: what the layer hands on. */
  output: number[];
}

/** Mean, variance, std (with ε inside the root) and each value, added up like Python does. */
export function layerNormNumbers(values: readonly number[], gamma = 1, beta = 0, eps = 1e-5): LayerNormNumbers {
  const n = values.length;
  let total = 0;
  for (const v of values) total = total + v;
  const mean = total / n;
  let sqTotal = 0;
  for (const v of values) {
    const gap = v - mean;
    sqTotal = sqTotal + gap * gap;
  }
  const variance = sqTotal / n;
  const std = Math.sqrt(variance + eps);
  const normalised = values.map((v) => (v - mean) / std);
  return { mean, variance, std, normalised, output: normalised.map((z) => gamma * z + beta) };
}

/** layerNorm([2, 4, 6]): mean 4, variance 2.6667, std 1.633, then −1.2247, 0, 1.2247. */
export function layerNorm(values: readonly number[], gamma = 1, beta = 0, eps = 1e-5, show: number | null = null): Step[] {
  const n = values.length;
  if (n === 0) throw new Error("layer_norm needs at least one number.");
  let total = 0;
  for (const v of values) total = total + v;
  const steps: Step[] = [{ text: "Add up all the numbers.", expr: `${values.map((v) => fmt(v)).join(" + ")} = ${fmt(total)}`, value: total }];
  const m = total / n;
  steps.push({ text: `Divide by how many there are (${n}): that is the mean.`, expr: `${fmt(total)} ÷ ${n} = ${fmt(m)}`, value: m });
  const squares = values.map((v) => {
    const gap = v - m;
    return gap * gap;
  });
  let sqTotal = 0;
  for (const sq of squares) sqTotal = sqTotal + sq;
  steps.push({
    text: "Take each number's gap from the mean, square it, and add the squares.",
    expr: `${values.map((v) => `(${fmt(v)} \u2212 ${p(m)})²`).join(" + ")} = ${squares.map((v) => fmt(v)).join(" + ")} = ${fmt(sqTotal)}`,
    value: sqTotal,
  });
  const variance = sqTotal / n;
  steps.push({ text: `Divide by ${n}: that is the variance.`, expr: `${fmt(sqTotal)} ÷ ${n} = ${fmt(variance)}`, value: variance });
  const sd = Math.sqrt(variance + eps);
  steps.push({
    text: "Add the tiny ε, then take the square root: the standard deviation.",
    expr: `√(${fmt(variance)} + ${fmt(eps)}) = ${fmt(sd)}`,
    value: sd,
  });
  const outs: number[] = [];
  values.forEach((v, i) => {
    const z = (v - m) / sd;
    const out = gamma * z + beta;
    outs.push(out);
    steps.push({
      text: `Number ${i + 1}: subtract the mean, divide by the standard deviation, then scale by γ and shift by β.`,
      expr: `(${fmt(v)} \u2212 ${p(m)}) ÷ ${fmt(sd)} = ${fmt(z)}, ${fmt(gamma)} × ${p(z)} + ${p(beta)} = ${fmt(out)}`,
      value: out,
    });
  });
  return pick(steps, outs, show, "the normalised");
}

/** residualAdd([1, 2], [0.5, −1]): 1 + 0.5 = 1.5, 2 + (−1) = 1. */
export function residualAdd(x: readonly number[], fx: readonly number[], show: number | null = null): Step[] {
  if (x.length !== fx.length) {
    throw new Error(`The input has ${x.length} numbers but the layer's output has ${fx.length}: a residual add needs the same number in both.`);
  }
  if (x.length === 0) throw new Error("residual_add needs at least one number.");
  const steps: Step[] = [];
  const outs: number[] = [];
  x.forEach((a, i) => {
    const b = fx[i]!;
    const out = a + b;
    outs.push(out);
    steps.push({ text: `Number ${i + 1}: keep the input and add what the layer made.`, expr: `${fmt(a)} + ${p(b)} = ${fmt(out)}`, value: out });
  });
  return pick(steps, outs, show, "the output");
}

type Rows = readonly (readonly number[])[];

/** Two dense layers with ReLU between, for one position's vector (W rows = neurons). */
export function feedForward(x: readonly number[], W1: Rows, b1: readonly number[], W2: Rows, b2: readonly number[], show: number | null = null): Step[] {
  if (W1.length !== b1.length || W1.some((row) => row.length !== x.length)) {
    throw new Error(`W1 needs one row per hidden neuron with ${x.length} weights each, and b1 one bias per row: got ${W1.length} rows and ${b1.length} biases.`);
  }
  if (W2.length !== b2.length || W2.some((row) => row.length !== W1.length)) {
    throw new Error(`W2 needs one row per output with ${W1.length} weights each, and b2 one bias per row: got ${W2.length} rows and ${b2.length} biases.`);
  }
  if (W2.length === 0) throw new Error("feed_forward needs at least one output.");
  const steps: Step[] = [];
  const hidden: number[] = [];
  W1.forEach((row, j) => {
    let total = 0;
    row.forEach((w, i) => (total = total + x[i]! * w));
    const z = total + b1[j]!;
    const parts = row.map((w, i) => `${p(x[i]!)} × ${p(w)}`);
    steps.push({ text: `Hidden neuron ${j + 1}: weighted sum of the input plus its bias.`, expr: `${[...parts, p(b1[j]!)].join(" + ")} = ${fmt(z)}`, value: z });
    const r = z > 0 ? z : 0;
    hidden.push(r);
    steps.push({ text: `ReLU on hidden neuron ${j + 1}: keep it if above 0, else 0.`, expr: `ReLU(${fmt(z)}) = ${fmt(r)}`, value: r });
  });
  const outs: number[] = [];
  W2.forEach((row, k) => {
    let total = 0;
    row.forEach((w, j) => (total = total + hidden[j]! * w));
    const out = total + b2[k]!;
    outs.push(out);
    const parts = row.map((w, j) => `${p(hidden[j]!)} × ${p(w)}`);
    steps.push({ text: `Output ${k + 1}: weighted sum of the hidden numbers plus its bias.`, expr: `${[...parts, p(b2[k]!)].join(" + ")} = ${fmt(out)}`, value: out });
  });
  return pick(steps, outs, show, "the output");
}

export const BLOCK_PARTS = ["attention", "feed_forward", "norms", "total"] as const;
export type BlockPart = (typeof BLOCK_PARTS)[number];

function whole(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} is a whole number of 1 or more: got ${v}.`);
  return v;
}

/** Parameters of one block: blockParams(64) -> 16640 + 33088 + 256 = 49984. */
export function blockParams(dModel: number, dFf?: number, show: string = "total"): Step[] {
  const d = whole("d_model", dModel);
  const ff = dFf === undefined ? 4 * d : whole("d_ff", dFf);
  if (!(BLOCK_PARTS as readonly string[]).includes(show)) {
    throw new Error(`show is one of ${BLOCK_PARTS.join(", ")}: got '${show}'.`);
  }
  const attnW = 4 * d * d;
  const attn = attnW + 4 * d;
  const ffIn = d * ff + ff;
  const ffOut = ff * d + d;
  const ffn = ffIn + ffOut;
  const norms = 2 * 2 * d;
  const total = attn + ffn + norms;
  const steps: Step[] = [
    { text: "Attention: query, key, value and output layers, each with d × d weights.", expr: `4 × ${d} × ${d} = ${attnW}`, value: attnW },
    { text: "Add their biases: d for each of the 4 layers.", expr: `${attnW} + 4 × ${d} = ${attn}`, value: attn },
    { text: `Feed-forward, first layer: ${d} inputs to ${ff} hidden neurons, plus biases.`, expr: `${d} × ${ff} + ${ff} = ${ffIn}`, value: ffIn },
    { text: `Feed-forward, second layer: ${ff} hidden neurons back to ${d}, plus biases.`, expr: `${ff} × ${d} + ${d} = ${ffOut}`, value: ffOut },
    { text: "The whole feed-forward layer.", expr: `${ffIn} + ${ffOut} = ${ffn}`, value: ffn },
    { text: "Two layer norms, each with d scales (γ) and d shifts (β).", expr: `2 × 2 × ${d} = ${norms}`, value: norms },
    { text: "Add the three parts: the whole block.", expr: `${attn} + ${ffn} + ${norms} = ${total}`, value: total },
  ];
  if (show !== "total") {
    const picked = show === "attention" ? attn : show === "feed_forward" ? ffn : norms;
    const label = show === "attention" ? "attention" : show === "feed_forward" ? "the feed-forward layer" : "the two norms";
    steps.push({ text: `So ${label} holds:`, expr: `${picked}`, value: picked });
  }
  return steps;
}
