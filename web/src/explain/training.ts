/** Worked steps for accuracy and sigmoid's slope (mirrors fromzero/explain/training.py). */
import { fmt, type Step } from "./steps";

const NUDGE_DECIMALS = 7;

export function accuracy(predictions: readonly number[], labels: readonly number[]): Step[] {
  if (predictions.length !== labels.length) {
    throw new Error(`accuracy needs one label per prediction: got ${predictions.length} predictions and ${labels.length} labels.`);
  }
  if (labels.length === 0) throw new Error("accuracy needs at least one point.");
  let right = 0;
  predictions.forEach((p, i) => {
    if (p === labels[i]) right += 1;
  });
  const n = labels.length;
  const acc = right / n;
  return [
    { text: "Count the points where the prediction equals the label.", expr: `right = ${right}`, value: right },
    { text: "Divide by how many points there are.", expr: `${right} ÷ ${n} = ${fmt(acc)}`, value: acc },
    { text: "As a percentage.", expr: `${fmt(acc)} × 100 = ${fmt(acc * 100)} %`, value: acc },
  ];
}

export function sigmoidSlope(z: number, h = 0.001): Step[] {
  const d = NUDGE_DECIMALS;
  const s = z > -700 ? 1 / (1 + Math.exp(-z)) : 0;
  const oneMinus = 1 - s;
  const slope = s * oneMinus;
  const s2 = z + h > -700 ? 1 / (1 + Math.exp(-(z + h))) : 0;
  const nudge = (s2 - s) / h;
  return [
    { text: "Sigmoid of z.", expr: `s = sigmoid(${fmt(z)}) = ${fmt(s)}`, value: s },
    { text: "One minus that.", expr: `1 − ${fmt(s)} = ${fmt(oneMinus)}`, value: oneMinus },
    { text: "The nudge check: (sigmoid(z + nudge) − s) ÷ nudge.", expr: `(${fmt(s2, d)} − ${fmt(s, d)}) ÷ ${fmt(h, d)} = ${fmt(nudge)}`, value: nudge },
    { text: "The slope of sigmoid at z is s × (1 − s).", expr: `${fmt(s)} × ${fmt(oneMinus)} = ${fmt(slope)}`, value: slope },
  ];
}
