/**
 * Scores to chances, and the loss on classes (mirrors fromzero/explain/probability.py).
 * softmax: e to the power of each score, add them up, divide each by the total.
 * crossEntropy: the loss is −ln(the chance given to the right class).
 * softmaxSlope: the slope of that loss for each score is (chance − one-hot target).
 * Classes are numbered from 0, like positions in a list.
 */
import { fmt, type Step, addAll, br } from "./steps";

const NUDGE_DECIMALS = 7;



function join(values: readonly number[], decimals?: number): string {
  return values.map((v) => (decimals === undefined ? fmt(v) : fmt(v, decimals))).join(", ");
}

function checkScores(scores: readonly number[]): number[] {
  if (scores.length === 0) throw new Error("softmax needs at least one score.");
  return scores.map(Number);
}

function checkClass(target: number, n: number): number {
  if (!Number.isInteger(target) || target < 0 || target >= n) {
    throw new Error(`The right class must be a whole number from 0 to ${n - 1}: got ${target}.`);
  }
  return target;
}

/** Softmax without steps, the stable way: chancesOf([0, 0]) -> [0.5, 0.5]. */
export function chancesOf(scores: readonly number[]): number[] {
  const values = checkScores(scores);
  const biggest = Math.max(...values);
  const exps = values.map((s) => Math.exp(s - biggest));
  const total = addAll(exps);
  return exps.map((e) => e / total);
}

/** The index of the biggest value (the first one on a tie): the prediction. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}

export function softmax(scores: readonly number[], stable = false, show?: number): Step[] {
  let values = checkScores(scores);
  const steps: Step[] = [];
  if (stable) {
    const biggest = Math.max(...values);
    steps.push({ text: "Find the biggest score.", expr: `biggest = ${fmt(biggest)}`, value: biggest });
    values = values.map((s, i) => {
      const d = s - biggest;
      steps.push({ text: `Class ${i}: take the biggest score away.`, expr: `${fmt(s)} − ${br(biggest)} = ${fmt(d)}`, value: d });
      return d;
    });
  }
  const exps = values.map((s, i) => {
    const e = Math.exp(s);
    steps.push({ text: `Class ${i}: e to the power of its score.`, expr: `e^${fmt(s)} = ${fmt(e)}`, value: e });
    return e;
  });
  const total = addAll(exps);
  steps.push({ text: "Add them all up.", expr: `${exps.map((e) => fmt(e)).join(" + ")} = ${fmt(total)}`, value: total });
  const chances = exps.map((e, i) => {
    const p = e / total;
    steps.push({ text: `Class ${i}: divide by the total. That is its chance.`, expr: `${fmt(e)} ÷ ${fmt(total)} = ${fmt(p)}`, value: p });
    return p;
  });
  const check = addAll(chances);
  steps.push({ text: "Check: the chances add up to 1.", expr: `${chances.map((p) => fmt(p)).join(" + ")} = ${fmt(check)}`, value: check });
  if (show !== undefined) {
    const k = checkClass(show, chances.length);
    steps.push({ text: `So the chance of class ${k} is:`, expr: `chance of class ${k} = ${fmt(chances[k]!)}`, value: chances[k]! });
  }
  return steps;
}

/** Give chances, or give scores (softmax turns them into chances first). */
export function crossEntropy(target: number, chances?: readonly number[], scores?: readonly number[]): Step[] {
  const steps: Step[] = [];
  let probs: number[];
  let k: number;
  if (scores !== undefined) {
    probs = chancesOf(scores);
    k = checkClass(target, probs.length);
    steps.push({ text: "Softmax turns the scores into chances.", expr: `softmax(${join(scores)}) = ${join(probs)}`, value: probs[k]! });
  } else if (chances !== undefined) {
    probs = chances.map(Number);
    if (probs.length === 0) throw new Error("cross_entropy needs at least one chance.");
    if (probs.some((p) => p < 0 || p > 1)) throw new Error("Each chance must be a number from 0 to 1.");
    k = checkClass(target, probs.length);
  } else {
    throw new Error("cross_entropy needs chances or scores.");
  }
  const p = probs[k]!;
  steps.push({ text: `Pick the chance of the right class, class ${k}.`, expr: `chance of class ${k} = ${fmt(p)}`, value: p });
  const lnP = Math.log(p);
  steps.push({ text: "Take its ln, the logarithm base e.", expr: `ln(${fmt(p)}) = ${fmt(lnP)}`, value: lnP });
  const loss = -lnP;
  steps.push({ text: "Flip the sign. That is the loss.", expr: `−${br(lnP)} = ${fmt(loss)}`, value: loss });
  return steps;
}

export function meanCrossEntropy(chances: readonly (readonly number[])[], targets: readonly number[]): Step[] {
  if (chances.length !== targets.length) {
    throw new Error(`mean_cross_entropy needs one right class per example: got ${chances.length} examples and ${targets.length} classes.`);
  }
  if (targets.length === 0) throw new Error("mean_cross_entropy needs at least one example.");
  const steps: Step[] = [];
  const losses = chances.map((row, n) => {
    const k = checkClass(targets[n]!, row.length);
    const p = Number(row[k]);
    const loss = -Math.log(p);
    steps.push({ text: `Example ${n + 1}: the right class is ${k}, with chance ${fmt(p)}.`, expr: `−ln(${fmt(p)}) = ${fmt(loss)}`, value: loss });
    return loss;
  });
  const mean = addAll(losses) / losses.length;
  steps.push({
    text: "The mean: add the losses and divide by how many there are.",
    expr: `(${losses.map((v) => fmt(v)).join(" + ")}) ÷ ${losses.length} = ${fmt(mean)}`,
    value: mean,
  });
  return steps;
}

function lossOf(scores: readonly number[], target: number): number {
  return -Math.log(chancesOf(scores)[target]!);
}

/** Each score's slope is its chance − its one-hot target; one class is checked with a nudge. */
export function softmaxSlope(scores: readonly number[], target: number, h = 0.001, show?: number): Step[] {
  const probs = chancesOf(scores);
  const t = checkClass(target, probs.length);
  const k = show === undefined ? t : checkClass(show, probs.length);
  const onehot = probs.map((_, i) => (i === t ? 1 : 0));
  const steps: Step[] = [
    { text: "Softmax turns the scores into chances.", expr: `softmax(${join(scores)}) = ${join(probs)}`, value: probs[t]! },
    { text: `The one-hot target for class ${t}.`, expr: `target = ${onehot.join(", ")}`, value: t },
  ];
  const slopes = probs.map((p, i) => {
    const slope = p - onehot[i]!;
    steps.push({ text: `Class ${i}: chance − target.`, expr: `${fmt(p)} − ${onehot[i]} = ${fmt(slope)}`, value: slope });
    return slope;
  });
  const d = NUDGE_DECIMALS;
  const before = lossOf(scores, t);
  const after = lossOf(
    scores.map((s, i) => Number(s) + (i === k ? h : 0)),
    t,
  );
  const nudge = (after - before) / h;
  steps.push(
    { text: "The loss now.", expr: `−ln(${fmt(probs[t]!, d)}) = ${fmt(before, d)}`, value: before },
    { text: `Nudge the score of class ${k} up by ${fmt(h, d)}, and find the loss again.`, expr: `loss = ${fmt(after, d)}`, value: after },
    { text: "The nudge check: (new loss − loss) ÷ nudge.", expr: `(${fmt(after, d)} − ${fmt(before, d)}) ÷ ${fmt(h, d)} = ${fmt(nudge)}`, value: nudge },
    {
      text: `The rule says: the slope for class ${k} is its chance − its target.`,
      expr: `${fmt(probs[k]!)} − ${onehot[k]} = ${fmt(slopes[k]!)}`,
      value: slopes[k]!,
    },
  );
  return steps;
}
