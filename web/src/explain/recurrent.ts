/**
 * Worked steps for a recurrent network: tanh, one step of memory, a whole sequence, and the
 * slope through time (mirrors fromzero/explain/recurrent.py character for character).
 */
import { fmt, type Step } from "./steps";

/** (e^x − e^−x) ÷ (e^x + e^−x), computed the way the steps show it; ±1 when e^x overflows. */
export function tanhValue(x: number): number {
  const up = Math.exp(x);
  const down = Math.exp(-x);
  if (up === Infinity) return 1;
  if (down === Infinity) return -1;
  return (up - down) / (up + down);
}

/** tanh(1): e^1 = 2.7183, e^−1 = 0.3679, 2.3504 ÷ 3.0862 = 0.7616. */
export function tanh(x: number): Step[] {
  const up = Math.exp(x);
  const down = Math.exp(-x);
  const steps: Step[] = [
    { text: "Raise e (about 2.718) to the input.", expr: `e^${fmt(x)} = ${fmt(up)}`, value: up },
    { text: "Raise e to minus the input.", expr: `e^${fmt(-x)} = ${fmt(down)}`, value: down },
  ];
  if (up === Infinity || down === Infinity) {
    const out = tanhValue(x);
    steps.push({
      text: "One of them is too big to store. Far from 0, tanh is as close to 1 (or \u22121) as a number can be.",
      expr: `tanh(${fmt(x)}) = ${fmt(out)}`,
      value: out,
    });
    return steps;
  }
  const top = up - down;
  const bottom = up + down;
  const out = top / bottom;
  steps.push(
    { text: "Take the second from the first.", expr: `${fmt(up)} \u2212 ${fmt(down)} = ${fmt(top)}`, value: top },
    { text: "Add the two.", expr: `${fmt(up)} + ${fmt(down)} = ${fmt(bottom)}`, value: bottom },
    { text: "Divide the difference by the sum.", expr: `${fmt(top)} ÷ ${fmt(bottom)} = ${fmt(out)}`, value: out },
  );
  return steps;
}

/** The number inside tanh for one step: w_x × x + w_h × h + b, added left to right like Python. */
export function stepSum(x: number, h: number, wx: number, wh: number, b: number): number {
  return wx * x + wh * h + b;
}

/** rnnStep(1, 0, 0.5, 0.8, 0): 0.5 × 1 = 0.5, 0.8 × 0 = 0, sum 0.5, tanh(0.5) = 0.4621. */
export function rnnStep(x: number, h: number, wx: number, wh: number, b: number): Step[] {
  const fromX = wx * x;
  const fromH = wh * h;
  const total = fromX + fromH + b;
  const out = tanhValue(total);
  return [
    { text: "Multiply the new input by its weight.", expr: `${fmt(wx)} × ${fmt(x)} = ${fmt(fromX)}`, value: fromX },
    { text: "Multiply the old memory by its weight.", expr: `${fmt(wh)} × ${fmt(h)} = ${fmt(fromH)}`, value: fromH },
    { text: "Add the two and the bias.", expr: `${fmt(fromX)} + ${fmt(fromH)} + ${fmt(b)} = ${fmt(total)}`, value: total },
    { text: "Squash with tanh: that is the new memory.", expr: `tanh(${fmt(total)}) = ${fmt(out)}`, value: out },
  ];
}

/** Every hidden state, one per input (not counting the starting h0). */
export function hiddenStates(xs: readonly number[], h0: number, wx: number, wh: number, b: number): number[] {
  const out: number[] = [];
  let h = h0;
  for (const x of xs) {
    h = tanhValue(wx * x + wh * h + b);
    out.push(h);
  }
  return out;
}

/** One step per input, each using the memory the step before made; the last value is the last h. */
export function rnnSequence(xs: readonly number[], h0: number, wx: number, wh: number, b: number): Step[] {
  if (xs.length === 0) throw new Error("rnn_sequence needs at least one input.");
  let h = h0;
  const steps: Step[] = [{ text: "Start with the memory empty.", expr: `h = ${fmt(h0)}`, value: h0 }];
  xs.forEach((x, i) => {
    const fromX = wx * x;
    const fromH = wh * h;
    const total = fromX + fromH + b;
    const next = tanhValue(total);
    steps.push({
      text: `Time step ${i + 1}: read the input ${fmt(x)}.`,
      expr: `tanh(${fmt(wx)} × ${fmt(x)} + ${fmt(wh)} × ${fmt(h)} + ${fmt(b)}) = tanh(${fmt(total)}) = ${fmt(next)}`,
      value: next,
    });
    h = next;
  });
  return steps;
}

/** Two (or more) memory numbers: each one is its own step that reads the whole old memory; `show` picks the final value. */
export function rnnVectorStep(
  x: number,
  h: readonly number[],
  wx: readonly number[],
  wh: readonly (readonly number[])[],
  b: readonly number[],
  show: number | null = null,
): Step[] {
  const n = h.length;
  if (!(wx.length === n && b.length === n && wh.length === n && wh.every((r) => r.length === n))) {
    throw new Error(`The memory has ${n} numbers: w_x and b need ${n} each, and w_h needs ${n} rows of ${n}.`);
  }
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) {
    let total = wx[i]! * x;
    const parts = [`${fmt(wx[i]!)} × ${fmt(x)}`];
    for (let j = 0; j < n; j++) {
      total = total + wh[i]![j]! * h[j]!;
      parts.push(`${fmt(wh[i]![j]!)} × ${fmt(h[j]!)}`);
    }
    total = total + b[i]!;
    parts.push(fmt(b[i]!));
    steps.push({ text: `Memory number ${i + 1}: input, all the old memory, and its bias.`, expr: `${parts.join(" + ")} = ${fmt(total)}`, value: total });
    const out = tanhValue(total);
    steps.push({ text: `Squash with tanh: the new memory number ${i + 1}.`, expr: `tanh(${fmt(total)}) = ${fmt(out)}`, value: out });
  }
  if (show !== null) {
    if (!Number.isInteger(show) || show < 0 || show >= n) throw new Error(`show picks a memory number from 0 to ${n - 1}: got ${show}.`);
    const picked = steps[2 * show + 1]!.value;
    steps.push({ text: `So the new memory number ${show + 1} is:`, expr: `h${show + 1} = ${fmt(picked)}`, value: picked });
  }
  return steps;
}

/** Slopes get more digits than usual, so 0.0019531 × 0.5 does not read as 0.002 × 0.5. */
export function slopeFmt(x: number): string {
  return Math.abs(x) >= 10 ? fmt(x, 2) : fmt(x, 6);
}

/** slopeThroughTime(0.5, 10): 0.5, 0.25, … 0.5^10 = 0.000977. Past 5 steps, only the end is shown. */
export function slopeThroughTime(factor: number, steps: number): Step[] {
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`steps is a whole number of 1 or more: got ${steps}.`);
  let value = factor;
  const out: Step[] = [{ text: "One step back: the slope is multiplied by the factor once.", expr: slopeFmt(factor), value }];
  for (let k = 2; k <= steps; k++) {
    const before = value;
    value = before * factor;
    if (k <= 5 || k === steps) {
      out.push({ text: `${k} steps back: multiply by the factor once more.`, expr: `${slopeFmt(before)} × ${slopeFmt(factor)} = ${slopeFmt(value)}`, value });
    } else if (k === 6) {
      out.push({ text: "… and so on, one multiplication per step …", expr: "…", value });
    }
  }
  out.push({
    text: `After ${steps} step${steps === 1 ? "" : "s"} back, the slope is:`,
    expr: `${slopeFmt(factor)}^${steps} = ${slopeFmt(value)}`,
    value,
  });
  return out;
}

/** The running products: slope after 1, 2, …, steps steps back (for the vanishing-slope demo). */
export function slopeProducts(factor: number, steps: number): number[] {
  const out: number[] = [];
  let value = 1;
  for (let k = 1; k <= steps; k++) {
    value = value * factor;
    out.push(value);
  }
  return out;
}
