/**
 * Worked steps for self-attention: queries, keys and values, the score table, scaling by √d,
 * the causal mask, the softmax of each row and the outputs (mirrors
 * fromzero/explain/self_attention.py character for character). Words, rows, columns and
 * entries are counted from 1, as the steps say them.
 */
import { fmt, type Step } from "./steps";

const MINUS = "\u2212";
export const QKV_PARTS = ["q", "k", "v"] as const;
export type QkvPart = (typeof QKV_PARTS)[number];
export const ATTENTION_SHOWS = ["score", "weight", "output"] as const;
export type AttentionShow = (typeof ATTENTION_SHOWS)[number];

/** A number written after an operator: negatives get brackets, "2 × (−1)". */
function br(x: number): string {
  const text = fmt(x);
  return text.startsWith(MINUS) ? `(${text})` : text;
}

export function vecText(values: readonly number[]): string {
  return `[${values.map((v) => fmt(v)).join(", ")}]`;
}

/** Left to right, one product at a time, exactly as the Python side adds. */
export function dotOf(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error("Both vectors need the same length.");
  let total = 0;
  a.forEach((x, i) => {
    total = total + x * b[i]!;
  });
  return total;
}

function dotText(a: readonly number[], b: readonly number[]): string {
  return a.map((x, i) => `${fmt(x)} × ${br(b[i]!)}`).join(" + ");
}

function checkMatrix(name: string, m: readonly (readonly number[])[], n: number): void {
  if (m.length === 0 || m.some((row) => row.length !== n)) {
    throw new Error(`${name} needs rows of ${n} numbers, one number per embedding number.`);
  }
}

function checkOne(name: string, k: number | undefined, n: number): number | undefined {
  if (k === undefined) return undefined;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`${name} counts from 1 to ${n}: got ${fmt(k)}.`);
  return k;
}

/** Matrix times vector: each row of w dotted with x. project([[1, 1], [0, 1]], [1, 0]) -> [1, 0]. */
export function project(w: readonly (readonly number[])[], x: readonly number[]): number[] {
  return w.map((row) => dotOf(row, x));
}

/** qkv([1, 0], ...): each entry of q, k and v is one row of its matrix dotted with the embedding. */
export function qkv(
  embedding: readonly number[],
  wq: readonly (readonly number[])[],
  wk: readonly (readonly number[])[],
  wv: readonly (readonly number[])[],
  show: string = "v",
  entry?: number,
): Step[] {
  const n = embedding.length;
  if (n === 0) throw new Error("qkv needs an embedding with at least one number.");
  if (!(QKV_PARTS as readonly string[]).includes(show)) throw new Error(`show is one of q, k or v: got '${show}'.`);
  const mats: Record<QkvPart, readonly (readonly number[])[]> = { q: wq, k: wk, v: wv };
  const steps: Step[] = [];
  const vectors: Record<string, number[]> = {};
  for (const part of QKV_PARTS) {
    const w = mats[part];
    checkMatrix(`W_${part}`, w, n);
    const out: number[] = [];
    w.forEach((row, r) => {
      const value = dotOf(row, embedding);
      out.push(value);
      steps.push({ text: `${part}, number ${r + 1}: row ${r + 1} of W_${part} times the embedding.`, expr: `${dotText(row, embedding)} = ${fmt(value)}`, value });
    });
    vectors[part] = out;
    steps.push({ text: `So the ${part} vector is:`, expr: `${part} = ${vecText(out)}`, value: out[out.length - 1]! });
  }
  const picked = vectors[show]!;
  const k = checkOne("entry", entry, picked.length);
  if (k === undefined && show !== "v") {
    steps.push({ text: `The ${show} vector, again:`, expr: `${show} = ${vecText(picked)}`, value: picked[picked.length - 1]! });
  } else if (k !== undefined) {
    steps.push({ text: `So number ${k} of ${show} is:`, expr: `${show}${k} = ${fmt(picked[k - 1]!)}`, value: picked[k - 1]! });
  }
  return steps;
}

/** e to each score, the total, each share; two steps. Masked scores (−infinity) give 0. */
function softmaxRow(scores: readonly number[], label: string, out: Step[], what: string): number[] {
  const powers = scores.map((s) => Math.exp(s));
  let total = 0;
  for (const p of powers) total = total + p;
  out.push({
    text: `${label}: e to the power of each score, and their total.`,
    expr: `${scores.map((s) => `e^${fmt(s)}`).join(" + ")} = ${powers.map((p) => fmt(p)).join(" + ")} = ${fmt(total)}`,
    value: total,
  });
  const shares = powers.map((p) => p / total);
  out.push({
    text: `${label}: divide each by the total. ${what}`,
    expr: powers.map((p, i) => `${fmt(p)} ÷ ${fmt(total)} = ${fmt(shares[i]!)}`).join(", "),
    value: shares[shares.length - 1]!,
  });
  return shares;
}

/** The two steps of one row's softmax (e to each score and the total; each share), for demos. */
export function softmaxRowSteps(scores: readonly number[], label: string): Step[] {
  const out: Step[] = [];
  softmaxRow(scores, label, out, "These are the weights: they add up to 1.");
  return out;
}

/** The softmax of one row of scores, no steps (a masked −infinity gives 0). */
export function rowSoftmax(scores: readonly number[]): number[] {
  return softmaxRow(scores, "", [], "");
}

/** Softmax of the scores, then of the scores divided by √d: the weights get less extreme. */
export function scaledSoftmax(scores: readonly number[], d: number, show: string = "after", word?: number): Step[] {
  if (scores.length === 0) throw new Error("scaled_softmax needs at least one score.");
  if (d <= 0) throw new Error(`d is the length of a key, 1 or more: got ${fmt(d)}.`);
  if (show !== "before" && show !== "after") throw new Error(`show is before or after: got '${show}'.`);
  const steps: Step[] = [];
  const before = softmaxRow(scores, "Before scaling", steps, "These are the weights.");
  const root = Math.sqrt(d);
  steps.push({ text: "The key has d numbers. Find the square root of d.", expr: `√${fmt(d)} = ${fmt(root)}`, value: root });
  const scaled = scores.map((s) => s / root);
  steps.push({
    text: "Divide every score by it.",
    expr: scores.map((s, i) => `${fmt(s)} ÷ ${fmt(root)} = ${fmt(scaled[i]!)}`).join(", "),
    value: scaled[scaled.length - 1]!,
  });
  const after = softmaxRow(scaled, "After scaling", steps, "These are the new weights.");
  let biggest = 0;
  scores.forEach((s, i) => {
    if (s > scores[biggest]!) biggest = i;
  });
  const k = checkOne("word", word, scores.length);
  const i = k === undefined ? biggest : k - 1;
  const picked = show === "before" ? before[i]! : after[i]!;
  steps.push({ text: `So the weight of word ${i + 1}, ${show} scaling, is:`, expr: `weight ${i + 1} = ${fmt(picked)}`, value: picked });
  return steps;
}

export interface AttentionNumbers {
  q: number[][];
  k: number[][];
  v: number[][];
  scores: number[][];
  scaled: number[][];
  masked: number[][];
  weights: number[][];
  outputs: number[][];
}

/** Every number of self-attention, no steps: q, k, v, scores, scaled, masked, weights, outputs. */
export function attentionNumbers(
  embeddings: readonly (readonly number[])[],
  wq: readonly (readonly number[])[],
  wk: readonly (readonly number[])[],
  wv: readonly (readonly number[])[],
  scale = true,
  causal = false,
): AttentionNumbers {
  if (embeddings.length === 0) throw new Error("self_attention needs at least one word.");
  const n = embeddings[0]!.length;
  if (n === 0 || embeddings.some((x) => x.length !== n)) throw new Error("Every embedding needs the same number of numbers.");
  checkMatrix("W_q", wq, n);
  checkMatrix("W_k", wk, n);
  checkMatrix("W_v", wv, n);
  if (wq.length !== wk.length) {
    throw new Error("W_q and W_k need the same number of rows: a query and a key must have the same length to be dotted.");
  }
  const q = embeddings.map((x) => project(wq, x));
  const k = embeddings.map((x) => project(wk, x));
  const v = embeddings.map((x) => project(wv, x));
  const scores = q.map((qi) => k.map((kj) => dotOf(qi, kj)));
  const root = Math.sqrt(k[0]!.length);
  const scaled = scores.map((row) => row.map((s) => (scale ? s / root : s)));
  const masked = scaled.map((row, i) => row.map((s, j) => (causal && j > i ? -Infinity : s)));
  const weights = masked.map((row) => rowSoftmax(row));
  const outputs = weights.map((row) =>
    v[0]!.map((_, c) => {
      let total = 0;
      row.forEach((w, j) => {
        total = total + w * v[j]![c]!;
      });
      return total;
    }),
  );
  return { q, k, v, scores, scaled, masked, weights, outputs };
}

/** Self-attention on a few words, every number shown; the last step is one chosen number. */
export function selfAttention(
  embeddings: readonly (readonly number[])[],
  wq: readonly (readonly number[])[],
  wk: readonly (readonly number[])[],
  wv: readonly (readonly number[])[],
  scale = true,
  causal = false,
  show: string = "output",
  row?: number,
  col?: number,
): Step[] {
  if (!(ATTENTION_SHOWS as readonly string[]).includes(show)) throw new Error(`show is score, weight or output: got '${show}'.`);
  const nums = attentionNumbers(embeddings, wq, wk, wv, scale, causal);
  const t = embeddings.length;
  const steps: Step[] = [];
  const mats: Record<QkvPart, readonly (readonly number[])[]> = { q: wq, k: wk, v: wv };
  embeddings.forEach((x, i) => {
    for (const part of QKV_PARTS) {
      const vec = nums[part][i]!;
      const parts = mats[part].map((r) => dotText(r, x)).join(", ");
      steps.push({
        text: `Word ${i + 1}: its ${part} is W_${part} times its embedding ${vecText(x)}.`,
        expr: `${part}${i + 1} = [${parts}] = ${vecText(vec)}`,
        value: vec[vec.length - 1]!,
      });
    }
  });
  for (let i = 0; i < t; i++) {
    for (let j = 0; j < t; j++) {
      const s = nums.scores[i]![j]!;
      steps.push({
        text: `Score, row ${i + 1}, column ${j + 1}: the query of word ${i + 1} dotted with the key of word ${j + 1}.`,
        expr: `q${i + 1} · k${j + 1} = ${dotText(nums.q[i]!, nums.k[j]!)} = ${fmt(s)}`,
        value: s,
      });
    }
  }
  const d = nums.k[0]!.length;
  if (scale) {
    const root = Math.sqrt(d);
    steps.push({ text: `Each key has d = ${d} numbers. Find the square root of d.`, expr: `√${d} = ${fmt(root)}`, value: root });
    for (let i = 0; i < t; i++) {
      const raw = nums.scores[i]!;
      const scaled = nums.scaled[i]!;
      steps.push({
        text: `Row ${i + 1}: divide each score by ${fmt(root)}.`,
        expr: raw.map((s, j) => `${fmt(s)} ÷ ${fmt(root)} = ${fmt(scaled[j]!)}`).join(", "),
        value: scaled[scaled.length - 1]!,
      });
    }
  }
  if (causal) {
    for (let i = 0; i < t - 1; i++) {
      const masked = nums.masked[i]!;
      const later = i === t - 2 ? "the later word. Its score becomes" : "later words. Their scores become";
      steps.push({ text: `Row ${i + 1}: word ${i + 1} may not look at ${later} ${MINUS}infinity.`, expr: `row ${i + 1} = ${vecText(masked)}`, value: masked[i]! });
    }
  }
  for (let i = 0; i < t; i++) softmaxRow(nums.masked[i]!, `Row ${i + 1}`, steps, `These are the weights of word ${i + 1}.`);
  for (let i = 0; i < t; i++) {
    const w = nums.weights[i]!;
    const out = nums.outputs[i]!;
    const terms = w.map((a, j) => `${fmt(a)} × ${vecText(nums.v[j]!)}`).join(" + ");
    steps.push({ text: `Output of word ${i + 1}: its weights times the values, added up.`, expr: `${terms} = ${vecText(out)}`, value: out[out.length - 1]! });
  }
  const table = show === "score" ? nums.masked : show === "weight" ? nums.weights : nums.outputs;
  const r = checkOne("row", row, t) ?? t;
  const c = checkOne("col", col, table[r - 1]!.length) ?? table[r - 1]!.length;
  const value = table[r - 1]![c - 1]!;
  steps.push({ text: `So the ${show} in row ${r}, column ${c} is:`, expr: `${show}[${r}][${c}] = ${fmt(value)}`, value });
  return steps;
}
