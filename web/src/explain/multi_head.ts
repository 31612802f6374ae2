/**
 * Worked steps for multi-head attention (m8.3), mirroring fromzero/explain/multi_head.py
 * character for character (checked by the golden tests).
 *
 * headSplit: share a width between heads (8 numbers, 2 heads -> 2 heads of 4).
 * concat: glue lists end to end ([1, 2] and [3] -> [1, 2, 3]).
 * oneHead: one attention head: queries, keys, values, scaled scores, weights, outputs.
 * multiHead: every head, each token's head outputs glued together, then W_o times them.
 * attentionParams: how many numbers an attention layer learns (the same for any head count).
 *
 * As in m8.2, a token's query is W_q times its embedding (q = W_q · x): W_q has one row per query
 * number and one column per embedding number, and each row dotted with the embedding makes one
 * number. The same for keys, values and W_o. Sums are added left to right, like the Python side.
 */
import { fmt, type Step } from "./steps";

export type Matrix = readonly (readonly number[])[];
export interface HeadWeights {
  w_q: Matrix;
  w_k: Matrix;
  w_v: Matrix;
}
export interface HeadNumbers {
  q: number[][];
  k: number[][];
  v: number[][];
  scores: number[][];
  weights: number[][];
  outputs: number[][];
}
export interface MultiHeadNumbers {
  heads: HeadNumbers[];
  glued: number[][];
  final: number[][];
}

const vec = (values: readonly number[]): string => `[${values.map((v) => fmt(v)).join(", ")}]`;

function add(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = total + v;
  return total;
}

function dot(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error("A query and a key need the same length.");
  let total = 0;
  for (let i = 0; i < a.length; i++) total = total + a[i]! * b[i]!;
  return total;
}

/** The number of rows of m (numbers that come out), after checking each row has `cols` numbers. */
function checkMatrix(m: Matrix, cols: number, name: string): number {
  if (m.length === 0 || m.some((r) => r.length !== cols)) {
    throw new Error(`${name} needs rows of ${cols} numbers (one number per number that goes in), and at least one row.`);
  }
  return m.length;
}

/** m · x written out (each row of m dotted with x), and the answer. */
export function matrixTimes(m: Matrix, x: readonly number[]): [string, number[]] {
  const parts: string[] = [];
  const out: number[] = [];
  for (const row of m) {
    if (row.length !== x.length) throw new Error("Each row of the matrix needs as many numbers as the vector.");
    parts.push(row.map((a, i) => `${fmt(a)} × ${fmt(x[i]!)}`).join(" + "));
    out.push(dot(row, x));
  }
  return [`[${parts.join(", ")}] = ${vec(out)}`, out];
}

function softmaxRow(scores: readonly number[]): number[] {
  const exps = scores.map((s) => Math.exp(s));
  const total = add(exps);
  return exps.map((e) => e / total);
}

function checkTokens(x: Matrix): number {
  if (x.length === 0) throw new Error("Attention needs at least one token.");
  const width = x[0]!.length;
  if (width === 0 || x.some((t) => t.length !== width)) throw new Error("Every token's embedding needs the same length.");
  return width;
}

function pick(name: string, pair: readonly number[], rows: number, cols: number): [number, number] {
  const [a, b] = pair;
  if (pair.length !== 2 || a === undefined || b === undefined || !(a >= 1 && a <= rows && b >= 1 && b <= cols)) {
    throw new Error(`${name} needs two numbers counted from 1: a row from 1 to ${rows} and a column from 1 to ${cols}.`);
  }
  return [Math.trunc(a), Math.trunc(b)];
}

/** The head size for a width shared by `heads` heads; throws when it does not split evenly. */
export function headSize(width: number, heads: number): number {
  if (!Number.isInteger(width) || !Number.isInteger(heads) || width < 1 || heads < 1) {
    throw new Error("The width and the number of heads must be whole numbers, 1 or more.");
  }
  if (width % heads !== 0) throw new Error(`${width} numbers do not split evenly into ${heads} heads: ${width} ÷ ${heads} is not a whole number.`);
  return width / heads;
}

/** headSplit(8, 2): 8 ÷ 2 = 4, head 1 gets positions 1 to 4, head 2 gets 5 to 8 -> 4. */
export function headSplit(width: number, heads: number, vector?: readonly number[]): Step[] {
  const size = headSize(width, heads);
  const steps: Step[] = [{ text: "Share the width between the heads: each head gets width ÷ heads numbers.", expr: `${width} ÷ ${heads} = ${size}`, value: size }];
  if (vector !== undefined) {
    if (vector.length !== width) throw new Error(`The vector needs ${width} numbers, one per position of the width.`);
    for (let h = 0; h < heads; h++) {
      const part = vector.slice(h * size, (h + 1) * size);
      steps.push({ text: `Head ${h + 1} gets positions ${h * size + 1} to ${(h + 1) * size}.`, expr: `head ${h + 1} = ${vec(part)}`, value: part[part.length - 1]! });
    }
  }
  steps.push({ text: "So each head works with this many numbers: the head size.", expr: `head size = ${size}`, value: size });
  return steps;
}

/** Glue lists end to end: concatLists([[1, 2], [3]]) -> [1, 2, 3]. */
export function concatLists(parts: readonly (readonly number[])[]): number[] {
  return parts.flatMap((p) => [...p]);
}

/** concat([[1, 2], [3, 4]]): [1, 2], then [1, 2, 3, 4] -> 4 (or number `show` of the glued list). */
export function concat(parts: readonly (readonly number[])[], show?: number): Step[] {
  if (parts.length === 0) throw new Error("concat needs at least one list to glue.");
  let glued: number[] = [];
  const steps: Step[] = [];
  parts.forEach((part, i) => {
    glued = [...glued, ...part];
    if (i === 0) steps.push({ text: "Start with the first list.", expr: vec(glued), value: glued.length });
    else steps.push({ text: `Put list ${i + 1} on the end.`, expr: `${vec(part)} → ${vec(glued)}`, value: glued.length });
  });
  steps.push({ text: "The glued list is as long as all the lists together.", expr: `${parts.map((p) => String(p.length)).join(" + ")} = ${glued.length}`, value: glued.length });
  if (show !== undefined) {
    if (!Number.isInteger(show) || show < 1 || show > glued.length) throw new Error(`show must be a position from 1 to ${glued.length}.`);
    steps.push({ text: `Number ${show} of the glued list:`, expr: `glued[${show}] = ${fmt(glued[show - 1]!)}`, value: glued[show - 1]! });
  }
  return steps;
}

/** Σ weight × value, written out, and the answer. */
function mix(weights: readonly number[], values: Matrix): [string, number[]] {
  const out: number[] = [];
  for (let j = 0; j < values[0]!.length; j++) {
    let total = 0;
    weights.forEach((w, i) => {
      total = total + w * values[i]![j]!;
    });
    out.push(total);
  }
  return [`${weights.map((w, i) => `${fmt(w)} × ${vec(values[i]!)}`).join(" + ")} = ${vec(out)}`, out];
}

/** One head without steps: queries, keys, values, scores, weights and outputs. */
export function headNumbers(x: Matrix, head: HeadWeights): HeadNumbers {
  const width = checkTokens(x);
  const size = checkMatrix(head.w_q, width, "W_q");
  if (checkMatrix(head.w_k, width, "W_k") !== size) throw new Error("W_q and W_k need the same number of rows: a query and a key are compared number by number.");
  checkMatrix(head.w_v, width, "W_v");
  const q = x.map((t) => matrixTimes(head.w_q, t)[1]);
  const k = x.map((t) => matrixTimes(head.w_k, t)[1]);
  const v = x.map((t) => matrixTimes(head.w_v, t)[1]);
  const root = Math.sqrt(size);
  const scores = q.map((qi) => k.map((kj) => dot(qi, kj) / root));
  const weights = scores.map(softmaxRow);
  const outputs = weights.map((row) => mix(row, v)[1]);
  return { q, k, v, scores, weights, outputs };
}

function headSteps(x: Matrix, head: HeadWeights, label: string): [Step[], HeadNumbers] {
  const nums = headNumbers(x, head);
  const size = head.w_q.length;
  const steps: Step[] = [];
  const kinds = [
    ["query", head.w_q, "q"],
    ["key", head.w_k, "k"],
    ["value", head.w_v, "v"],
  ] as const;
  for (const [name, matrix, key] of kinds) {
    x.forEach((token, i) => {
      const [expr, out] = matrixTimes(matrix, token);
      steps.push({ text: `${label}Token ${i + 1}'s ${name}: W_${key} times its embedding (each row gives one number).`, expr: `${key}${i + 1} = ${expr}`, value: out[out.length - 1]! });
    });
  }
  const root = Math.sqrt(size);
  steps.push({ text: `${label}Scaling: we divide each score by the square root of the head size.`, expr: `√${size} = ${fmt(root)}`, value: root });
  nums.q.forEach((qi, i) => {
    const parts = nums.k.map((kj, j) => `(${qi.map((a, n) => `${fmt(a)} × ${fmt(kj[n]!)}`).join(" + ")}) ÷ ${fmt(root)} = ${fmt(nums.scores[i]![j]!)}`);
    const row = nums.scores[i]!;
    steps.push({ text: `${label}Token ${i + 1}'s scores: its query times each key, divided by ${fmt(root)}.`, expr: parts.join("; "), value: row[row.length - 1]! });
  });
  nums.weights.forEach((row, i) => {
    steps.push({
      text: `${label}Softmax turns token ${i + 1}'s scores into attention weights.`,
      expr: `softmax(${nums.scores[i]!.map((s) => fmt(s)).join(", ")}) = ${vec(row)}`,
      value: row[row.length - 1]!,
    });
  });
  nums.weights.forEach((row, i) => {
    const [expr, out] = mix(row, nums.v);
    steps.push({ text: `${label}Token ${i + 1}'s output: each value times its weight, added up.`, expr, value: out[out.length - 1]! });
  });
  return [steps, nums];
}

/** One attention head; weight=[i, j] or output=[i, n] add a last step with that number. */
export function oneHead(x: Matrix, head: HeadWeights, weight?: readonly number[], output?: readonly number[]): Step[] {
  const [steps, nums] = headSteps(x, head, "");
  const n = x.length;
  if (weight !== undefined) {
    const [i, j] = pick("weight", weight, n, n);
    const w = nums.weights[i - 1]![j - 1]!;
    steps.push({ text: `The weight token ${i} gives token ${j}:`, expr: `weight = ${fmt(w)}`, value: w });
  }
  if (output !== undefined) {
    const [i, k] = pick("output", output, n, head.w_v.length);
    const o = nums.outputs[i - 1]![k - 1]!;
    steps.push({ text: `Number ${k} of token ${i}'s output:`, expr: `output = ${fmt(o)}`, value: o });
  }
  return steps;
}

/** Every head's numbers, the glued lists and the final outputs, without steps. */
export function multiHeadNumbers(x: Matrix, heads: readonly HeadWeights[], wO: Matrix): MultiHeadNumbers {
  if (heads.length === 0) throw new Error("multi_head needs at least one head.");
  const perHead = heads.map((h) => headNumbers(x, h));
  const glued = x.map((_, i) => perHead.flatMap((nums) => nums.outputs[i]!));
  checkMatrix(wO, glued[0]!.length, "W_o");
  const final = glued.map((g) => matrixTimes(wO, g)[1]);
  return { heads: perHead, glued, final };
}

/** Every head, then each token's head outputs glued end to end, then W_o times each glued list. */
export function multiHead(x: Matrix, heads: readonly HeadWeights[], wO: Matrix, detail = true, show?: readonly number[]): Step[] {
  const nums = multiHeadNumbers(x, heads, wO);
  const steps: Step[] = [];
  heads.forEach((head, h) => {
    if (detail) steps.push(...headSteps(x, head, `Head ${h + 1}. `)[0]);
    else {
      nums.heads[h]!.outputs.forEach((out, i) => {
        steps.push({ text: `Head ${h + 1} gives token ${i + 1} this output.`, expr: vec(out), value: out[out.length - 1]! });
      });
    }
  });
  nums.glued.forEach((glued, i) => {
    const pieces = nums.heads.map((hn) => vec(hn.outputs[i]!)).join(", ");
    steps.push({ text: `Token ${i + 1}: glue the heads' outputs end to end.`, expr: `concat(${pieces}) = ${vec(glued)}`, value: glued[glued.length - 1]! });
  });
  nums.glued.forEach((glued, i) => {
    const [expr, out] = matrixTimes(wO, glued);
    steps.push({ text: `Token ${i + 1}'s final output: W_o times its glued list.`, expr, value: out[out.length - 1]! });
  });
  if (show !== undefined) {
    const [i, k] = pick("show", show, x.length, wO.length);
    const v = nums.final[i - 1]![k - 1]!;
    steps.push({ text: `Number ${k} of token ${i}'s final output:`, expr: `output = ${fmt(v)}`, value: v });
  }
  return steps;
}

/** 4 × width × width + 4 × width: the weights and biases of W_q, W_k, W_v and W_o. */
export function attentionParamCount(width: number): number {
  return 4 * width * width + 4 * width;
}

/** attentionParams(8, 2): 4 numbers per head, W_q, W_k, W_v, W_o and biases -> 288. */
export function attentionParams(width: number, heads: number): Step[] {
  const size = headSize(width, heads);
  const perHead = width * size;
  const oneKind = heads * perHead;
  const qkv = 3 * oneKind;
  const qkvBias = 3 * width;
  const wO = width * width;
  const total = qkv + qkvBias + wO + width;
  return [
    { text: "Head size: the width shared between the heads.", expr: `${width} ÷ ${heads} = ${fmt(size)}`, value: size },
    { text: "One head's W_q: a row per head number, a column per embedding number.", expr: `${fmt(size)} × ${width} = ${perHead}`, value: perHead },
    { text: "W_q for all the heads together.", expr: `${heads} × ${perHead} = ${oneKind}`, value: oneKind },
    { text: "The same again for W_k and W_v: three kinds of matrix.", expr: `3 × ${oneKind} = ${qkv}`, value: qkv },
    { text: "One bias per query, key and value number.", expr: `3 × ${width} = ${qkvBias}`, value: qkvBias },
    { text: "W_o: a row per output number, a column per glued number.", expr: `${width} × ${width} = ${wO}`, value: wO },
    { text: "Add them all, and one bias per output number.", expr: `${qkv} + ${qkvBias} + ${wO} + ${width} = ${total}`, value: total },
  ];
}
