/**
 * Worked steps for dropout, early stopping and shifting a tiny image
 * (mirrors fromzero/explain/regularise.py character for character).
 */
import { fmt, type Step } from "./steps";

const list = (values: readonly number[]): string => `[${values.map((v) => fmt(v)).join(", ")}]`;

/** Add left to right, exactly like the Python side. */
function total(values: readonly number[]): number {
  let t = 0;
  for (const v of values) t = t + v;
  return t;
}

function sumText(values: readonly number[]): [string, number] {
  const t = total(values);
  return [`${values.map((v) => fmt(v)).join(" + ")} = ${fmt(t)}`, t];
}

/** The values after dropout: kept ones × 1 / (1 − rate), dropped ones 0. */
export function dropoutValues(values: readonly number[], mask: readonly number[], rate: number): number[] {
  const scale = 1 / (1 - rate);
  return values.map((v, i) => (mask[i] === 1 ? v * scale : 0));
}

export function dropout(values: readonly number[], mask: readonly number[], rate: number): Step[] {
  if (values.length !== mask.length) {
    throw new Error(`dropout needs one mask entry per value: got ${values.length} values and ${mask.length} mask entries.`);
  }
  if (values.length === 0) throw new Error("dropout needs at least one value.");
  if (mask.some((m) => m !== 0 && m !== 1)) throw new Error("Each mask entry is 1 (keep) or 0 (drop).");
  if (!(rate >= 0 && rate < 1)) throw new Error(`The dropout rate must be at least 0 and below 1, not ${fmt(rate)}.`);
  const scale = 1 / (1 - rate);
  const steps: Step[] = [{ text: "The kept values are scaled by 1 ÷ (1 − rate).", expr: `1 ÷ (1 − ${fmt(rate)}) = ${fmt(scale)}`, value: scale }];
  const out: number[] = [];
  values.forEach((v, i) => {
    if (mask[i] === 1) {
      const kept = v * scale;
      out.push(kept);
      steps.push({ text: `Position ${i + 1} is kept: scale it.`, expr: `${fmt(v)} × ${fmt(scale)} = ${fmt(kept)}`, value: kept });
    } else {
      out.push(0);
      steps.push({ text: `Position ${i + 1} is dropped: it becomes 0.`, expr: `${fmt(v)} → 0`, value: 0 });
    }
  });
  const [beforeText, before] = sumText(values);
  steps.push({ text: "The sum before dropout.", expr: beforeText, value: before });
  steps.push({ text: "The values after dropout.", expr: list(out), value: out[out.length - 1]! });
  const [afterText, after] = sumText(out);
  steps.push({ text: "The sum after dropout.", expr: afterText, value: after });
  return steps;
}

export interface EarlyStopResult {
  /** The epoch (counted from 1) whose weights we keep. */
  bestEpoch: number;
  /** The last epoch that ran. */
  stopEpoch: number;
  /** True when patience ran out before the list ended. */
  stopped: boolean;
}

/** The bare numbers of early stopping, for demos. */
export function earlyStopResult(valLosses: readonly number[], patience: number): EarlyStopResult {
  let best = valLosses[0]!;
  let bestEpoch = 1;
  let waited = 0;
  for (let k = 2; k <= valLosses.length; k++) {
    const loss = valLosses[k - 1]!;
    if (loss < best) {
      best = loss;
      bestEpoch = k;
      waited = 0;
    } else {
      waited = waited + 1;
      if (waited === patience) return { bestEpoch, stopEpoch: k, stopped: true };
    }
  }
  return { bestEpoch, stopEpoch: valLosses.length, stopped: false };
}

export function earlyStop(valLosses: readonly number[], patience: number): Step[] {
  if (valLosses.length === 0) throw new Error("early_stop needs at least one validation loss.");
  if (patience < 1 || !Number.isInteger(patience)) {
    throw new Error(`patience is a whole number of epochs, at least 1, not ${fmt(patience)}.`);
  }
  const steps: Step[] = [];
  let best = valLosses[0]!;
  let bestEpoch = 1;
  let waited = 0;
  let stopEpoch = valLosses.length;
  steps.push({ text: "Epoch 1: the first loss is the best so far. Keep these weights.", expr: `best = ${fmt(best)} (epoch 1)`, value: best });
  for (let k = 2; k <= valLosses.length; k++) {
    const loss = valLosses[k - 1]!;
    if (loss < best) {
      steps.push({
        text: `Epoch ${k}: lower than the best. A new best: keep these weights.`,
        expr: `${fmt(loss)} < ${fmt(best)}, so best = ${fmt(loss)} (epoch ${k})`,
        value: loss,
      });
      best = loss;
      bestEpoch = k;
      waited = 0;
    } else {
      waited = waited + 1;
      steps.push({ text: `Epoch ${k}: not lower than the best. Wait one more epoch.`, expr: `${fmt(loss)} ≥ ${fmt(best)}, waited ${waited} of ${patience}`, value: loss });
      if (waited === patience) {
        stopEpoch = k;
        break;
      }
    }
  }
  if (waited === patience) {
    const epochs = patience === 1 ? "epoch" : `${patience} epochs`;
    steps.push({ text: `Out of patience: no new best in the last ${epochs}. Stop.`, expr: `stop after epoch ${stopEpoch}`, value: stopEpoch });
  } else {
    steps.push({ text: "The list ends before we run out of patience: all epochs ran.", expr: `stop after epoch ${stopEpoch}`, value: stopEpoch });
  }
  steps.push({ text: "Go back to the weights of the best epoch.", expr: `best epoch = ${bestEpoch} (loss ${fmt(best)})`, value: bestEpoch });
  return steps;
}

/** The grid moved dx to the right and dy down; zeros fill the gap, the size stays. */
export function shiftedGrid(grid: readonly (readonly number[])[], dx: number, dy: number): number[][] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  return grid.map((_, r) => {
    const source = r - dy;
    if (source < 0 || source >= rows) return new Array<number>(cols).fill(0);
    return Array.from({ length: cols }, (_, c) => (c - dx >= 0 && c - dx < cols ? grid[source]![c - dx]! : 0));
  });
}

export function shiftGrid(grid: readonly (readonly number[])[], dx: number, dy: number): Step[] {
  if (grid.length === 0 || grid[0]!.length === 0 || grid.some((row) => row.length !== grid[0]!.length)) {
    throw new Error("A grid needs at least one row, and every row the same length.");
  }
  if (!Number.isInteger(dx) || !Number.isInteger(dy)) throw new Error("dx and dy are whole numbers of pixels.");
  const rows = grid.length;
  const cols = grid[0]!.length;
  const where: string[] = [];
  if (dx) where.push(`${Math.abs(dx)} to the ${dx > 0 ? "right" : "left"}`);
  if (dy) where.push(`${Math.abs(dy)} ${dy > 0 ? "down" : "up"}`);
  const move = where.length ? where.join(" and ") : "nowhere";
  const out = shiftedGrid(grid, dx, dy);
  const steps: Step[] = out.map((row, r) => {
    const source = r - dy;
    if (source >= 0 && source < rows) {
      const text = dx
        ? `New row ${r + 1} is old row ${source + 1}, moved ${move}; zeros fill the gap.`
        : `New row ${r + 1} is old row ${source + 1}, moved ${move}.`;
      return { text, expr: `${list(grid[source]!)} → ${list(row)}`, value: total(row) };
    }
    return { text: `New row ${r + 1} has no old row to come from: all zeros.`, expr: list(row), value: total(row) };
  });
  let sum = 0;
  for (const row of out) sum = sum + total(row);
  steps.push({
    text: `The shifted grid, still ${rows} by ${cols}. Its numbers add up to ${fmt(sum)}.`,
    expr: `[${out.map(list).join(", ")}]`,
    value: sum,
  });
  return steps;
}
