/**
 * Worked steps for training in mini-batches: how many batches, one batch's gradient, and a
 * confusion matrix (mirrors fromzero/explain/batches.py).
 */
import { br, pairs } from "./loss";
import { fmt, type Step } from "./steps";

export const BATCH_SHOW = ["full", "last", "batches", "updates"] as const;
export type BatchShow = (typeof BATCH_SHOW)[number];

function whole(name: string, x: number, low: number): number {
  if (!Number.isInteger(x) || x < low) throw new Error(`${name} must be a whole number of at least ${low}: got ${x}.`);
  return x;
}

/** batchCount(1000, 64, 10): 15 full batches, a last batch of 40, 16 batches, 160 updates. */
export function batchCount(n: number, batchSize: number, epochs = 1, show: string = "updates"): Step[] {
  if (!(BATCH_SHOW as readonly string[]).includes(show)) throw new Error(`show must be one of ${BATCH_SHOW.join(", ")}: got '${show}'.`);
  whole("n", n, 1);
  const size = whole("batch_size", batchSize, 1);
  whole("epochs", epochs, 1);
  const full = Math.floor(n / size);
  const left = n - full * size;
  const steps: Step[] = [
    { text: "How many full batches fit: divide, then drop the part after the point.", expr: `${n} ÷ ${size} = ${fmt(n / size)}, so ${full} full batches`, value: full },
  ];
  if (left) steps.push({ text: "The items left over make one last, smaller batch.", expr: `${n} − ${full} × ${size} = ${left}`, value: left });
  else steps.push({ text: "Nothing is left over, so the last batch is a full one.", expr: `${n} − ${full} × ${size} = 0, so the last batch has ${size}`, value: size });
  if (show === "full") return steps.slice(0, 1);
  if (show === "last") return steps;
  const extra = left ? 1 : 0;
  const batches = full + extra;
  const text = left ? "Batches in one epoch: the full ones, plus 1 for the smaller one." : "Batches in one epoch: just the full ones.";
  steps.push({ text, expr: `${full} + ${extra} = ${batches}`, value: batches });
  if (show === "batches") return steps;
  const updates = batches * epochs;
  steps.push({ text: `One update per batch, for ${epochs} epoch${epochs !== 1 ? "s" : ""}.`, expr: `${batches} × ${epochs} = ${updates}`, value: updates });
  return steps;
}

function meanLoss(data: readonly [number, number][], w: number): number {
  let total = 0;
  for (const [x, t] of data) {
    const error = w * x - t;
    total += error * error;
  }
  return total / data.length;
}

export interface BatchGradientInputs {
  gradients?: readonly number[];
  data?: readonly (readonly number[])[];
  w?: number;
  lr?: number;
  h?: number;
}

/** The mean gradient of one batch, and (with lr) the one update it makes. */
export function batchGradient({ gradients, data, w, lr, h = 0.0001 }: BatchGradientInputs): Step[] {
  const steps: Step[] = [];
  let grads: number[];
  if (data !== undefined) {
    if (w === undefined) throw new Error("batch_gradient with data needs the weight w.");
    const examples = pairs(data);
    grads = [];
    const losses: number[] = [];
    examples.forEach(([x, t], k) => {
      const i = k + 1;
      const error = w * x - t;
      const loss = error * error;
      const g = 2 * error * x;
      grads.push(g);
      losses.push(loss);
      steps.push({ text: `Example ${i}: its loss, (w × input − target)².`, expr: `(${fmt(w)} × ${br(x)} − ${br(t)})² = ${fmt(loss)}`, value: loss });
      steps.push({ text: `Example ${i}: its gradient, 2 × (w × input − target) × input.`, expr: `2 × ${br(error)} × ${br(x)} = ${fmt(g)}`, value: g });
    });
    const mean = meanLoss(examples, w);
    const nudged = meanLoss(examples, w + h);
    const slope = (nudged - mean) / h;
    steps.push({ text: "The mean loss of the whole batch.", expr: `(${losses.map((v) => fmt(v)).join(" + ")}) ÷ ${losses.length} = ${fmt(mean)}`, value: mean });
    steps.push({ text: "Nudge w a tiny bit and see how fast the mean loss moves.", expr: `(${fmt(nudged, 7)} − ${fmt(mean, 7)}) ÷ ${fmt(h, 7)} ≈ ${fmt(slope)}`, value: slope });
  } else {
    if (gradients === undefined || gradients.length === 0) throw new Error("batch_gradient needs the gradients of at least one example, or data and w.");
    grads = gradients.map(Number);
  }
  let total = 0;
  for (const g of grads) total += g;
  const mean = total / grads.length;
  const added = grads.map((g, i) => (i ? br(g) : fmt(g))).join(" + ");
  steps.push({ text: "Add up the gradients of the examples.", expr: `${added} = ${fmt(total)}`, value: total });
  steps.push({ text: `Divide by how many examples there are (${grads.length}): the mean gradient.`, expr: `${fmt(total)} ÷ ${grads.length} = ${fmt(mean)}`, value: mean });
  if (lr !== undefined && w !== undefined) {
    const next = w - lr * mean;
    steps.push({ text: "One update for the whole batch: w − learning rate × mean gradient.", expr: `${fmt(w)} − ${fmt(lr)} × ${br(mean)} = ${fmt(next)}`, value: next });
  }
  return steps;
}

/** The table alone: rows are the true classes, columns what was predicted. */
export function confusionTable(truth: readonly number[], predicted: readonly number[], classes: readonly number[]): number[][] {
  if (truth.length !== predicted.length) {
    throw new Error(`confusion_matrix needs one prediction per true label: got ${truth.length} true labels and ${predicted.length} predictions.`);
  }
  const table = classes.map(() => classes.map(() => 0));
  truth.forEach((t, k) => {
    const p = predicted[k]!;
    for (const label of [t, p]) {
      if (!classes.includes(label)) throw new Error(`the label ${label} is not one of the classes [${classes.join(", ")}].`);
    }
    table[classes.indexOf(t)]![classes.indexOf(p)]! += 1;
  });
  return table;
}

/** Fill the table pair by pair; then each row, the right answers, and (with row, col) a cell. */
export function confusionMatrix(truth: readonly number[], predicted: readonly number[], classes: readonly number[], row?: number, col?: number): Step[] {
  classes.forEach((c) => whole("each class", c, 0));
  if (classes.length === 0) throw new Error("confusion_matrix needs at least one class.");
  confusionTable(truth, predicted, classes);
  const at = (c: number) => classes.indexOf(c);
  const table = classes.map(() => classes.map(() => 0));
  const steps: Step[] = [];
  truth.forEach((t, k) => {
    const p = predicted[k]!;
    const before = table[at(t)]![at(p)]!;
    table[at(t)]![at(p)] = before + 1;
    const kind = t === p ? "right" : "a mix-up";
    steps.push({ text: `Pair ${k + 1}: true ${t}, predicted ${p} (${kind}). Add 1 to row ${t}, column ${p}.`, expr: `${before} + 1 = ${before + 1}`, value: before + 1 });
  });
  for (const c of classes) {
    const cells = table[at(c)]!;
    const said = classes.map((d) => `said ${d}: ${cells[at(d)]}`).join(", ");
    steps.push({ text: `Row ${c}: what happened to every true ${c}.`, expr: said, value: cells.reduce((a, b) => a + b, 0) });
  }
  const right = classes.map((_, k) => table[k]![k]!);
  const totalRight = right.reduce((a, b) => a + b, 0);
  steps.push({ text: "The right answers sit on the diagonal, from top left to bottom right.", expr: `${right.join(" + ")} = ${totalRight}`, value: totalRight });
  if (row !== undefined || col !== undefined) {
    if (row === undefined || col === undefined || !classes.includes(row) || !classes.includes(col)) {
      throw new Error(`row and col must both be classes from [${classes.join(", ")}]: got ${row} and ${col}.`);
    }
    const count = table[at(row)]![at(col)]!;
    steps.push({ text: `The cell in row ${row}, column ${col}: how often a true ${row} was predicted as ${col}.`, expr: `${count}`, value: count });
  }
  return steps;
}
