/**
 * Worked steps for choosing the next token (m9.5): temperature, top-k, top-p and greedy
 * (mirrors fromzero/explain/generation.py character for character; the golden files keep both equal).
 * temperature: divide every logit by T, then softmax. topKFilter: keep the k biggest chances and
 * renormalise. topPFilter: sort, add up until the running total reaches p, keep those, renormalise.
 * greedyPick: the position of the biggest chance (the first one on a tie).
 */
import { fmt, type Step, addAll } from "./steps";
import { showChar } from "./text";

const EXP_LIMIT = 700;

function namesOf(n: number, tokens?: readonly string[]): string[] {
  if (tokens === undefined) return Array.from({ length: n }, (_, i) => String(i));
  if (tokens.length !== n) throw new Error(`There are ${n} numbers but ${tokens.length} tokens: give one token for each number.`);
  return tokens.map((t) => showChar(String(t)));
}


function checkChances(chances: readonly number[]): number[] {
  const values = chances.map(Number);
  if (values.length === 0) throw new Error("There must be at least one chance.");
  if (values.some((c) => !(c >= 0 && c <= 1))) throw new Error("Each chance must be a number from 0 to 1.");
  return values;
}

function checkShow(show: number | undefined, n: number): number | undefined {
  if (show === undefined) return undefined;
  if (!Number.isInteger(show) || show < 0 || show >= n) throw new Error(`show picks a token from 0 to ${n - 1}: got ${fmt(show)}.`);
  return show;
}

/** Positions from the biggest value to the smallest; a tie keeps the earlier one first. */
export function ranked(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
}

/** temperature([2, 1, 0], 0.5): 2 ÷ 0.5 = 4, 1 ÷ 0.5 = 2, 0 ÷ 0.5 = 0, then softmax: 0.8668, 0.1173, 0.0159. */
export function temperature(logits: readonly number[], t: number, show = 0, tokens?: readonly string[]): Step[] {
  const values = logits.map(Number);
  if (values.length === 0) throw new Error("temperature needs at least one logit.");
  if (!(t > 0)) throw new Error(`The temperature must be more than 0: got ${fmt(t)}. A temperature of 0 means greedy: take the biggest logit.`);
  const names = namesOf(values.length, tokens);
  const k = checkShow(show, values.length) ?? 0;
  const steps: Step[] = [];
  const scaled = values.map((v, i) => {
    const z = v / t;
    steps.push({ text: `Token ${names[i]!}: divide its logit by the temperature.`, expr: `${fmt(v)} ÷ ${fmt(t)} = ${fmt(z)}`, value: z });
    return z;
  });
  const biggest = Math.max(...scaled);
  if (biggest > EXP_LIMIT) {
    throw new Error(`A logit divided by ${fmt(t)} is ${fmt(biggest)}: too big for e to the power of it. Use a bigger temperature or smaller logits.`);
  }
  const ups = scaled.map((z, i) => {
    const e = Math.exp(z);
    steps.push({ text: `Token ${names[i]!}: e to the power of the new number.`, expr: `e^${fmt(z)} = ${fmt(e)}`, value: e });
    return e;
  });
  const total = addAll(ups);
  steps.push({ text: "Add them all up.", expr: `${ups.map((e) => fmt(e)).join(" + ")} = ${fmt(total)}`, value: total });
  const chances = ups.map((e, i) => {
    const p = e / total;
    steps.push({ text: `Token ${names[i]!}: divide by the total. That is its chance.`, expr: `${fmt(e)} ÷ ${fmt(total)} = ${fmt(p)}`, value: p });
    return p;
  });
  steps.push({ text: `So at temperature ${fmt(t)}, the chance of token ${names[k]!} is:`, expr: fmt(chances[k]!), value: chances[k]! });
  return steps;
}

function renormalise(values: readonly number[], kept: readonly number[], names: readonly string[], show: number | undefined, steps: Step[]): Step[] {
  const keptValues = kept.map((i) => values[i]!);
  const total = addAll(keptValues);
  steps.push({ text: "Add up the chances we kept.", expr: `${keptValues.map((v) => fmt(v)).join(" + ")} = ${fmt(total)}`, value: total });
  const fresh = values.map(() => 0);
  values.forEach((v, i) => {
    if (kept.includes(i)) {
      fresh[i] = v / total;
      steps.push({ text: `Token ${names[i]!}: divide by that total. That is its new chance.`, expr: `${fmt(v)} ÷ ${fmt(total)} = ${fmt(fresh[i]!)}`, value: fresh[i]! });
    } else {
      steps.push({ text: `Token ${names[i]!} was cut: its new chance is 0.`, expr: `${fmt(v)} → 0`, value: 0 });
    }
  });
  const check = addAll(kept.map((i) => fresh[i]!));
  steps.push({ text: "Check: the new chances add up to 1.", expr: `${kept.map((i) => fmt(fresh[i]!)).join(" + ")} = ${fmt(check)}`, value: check });
  if (show !== undefined) {
    steps.push({ text: `So the new chance of token ${names[show]!} is:`, expr: fmt(fresh[show]!), value: fresh[show]! });
  }
  return steps;
}

function rankStep(values: readonly number[], order: readonly number[], names: readonly string[]): Step {
  return { text: "Rank the chances from biggest to smallest.", expr: order.map((i) => `${names[i]!}: ${fmt(values[i]!)}`).join(", "), value: values[order[0]!]! };
}

/** topKFilter([0.5, 0.2, 0.2, 0.1], 2): keep 0.5 and the first 0.2, total 0.7, so 0.7143 and 0.2857. */
export function topKFilter(chances: readonly number[], k: number, show?: number, tokens?: readonly string[]): Step[] {
  const values = checkChances(chances);
  if (!Number.isInteger(k) || k < 1 || k > values.length) throw new Error(`k must be a whole number from 1 to ${values.length}: got ${fmt(k)}.`);
  const names = namesOf(values.length, tokens);
  const target = checkShow(show, values.length);
  const order = ranked(values);
  const steps = [rankStep(values, order, names)];
  const kept = order.slice(0, k).sort((a, b) => a - b);
  steps.push({ text: k > 1 ? `Keep the ${k} biggest.` : "Keep only the biggest.", expr: `kept: ${order.slice(0, k).map((i) => names[i]!).join(", ")}`, value: k });
  return renormalise(values, kept, names, target, steps);
}

/** topPFilter([0.1, 0.5, 0.15, 0.25], 0.8): running total 0.5, 0.75, 0.9: keep three, total 0.9. */
export function topPFilter(chances: readonly number[], p: number, show?: number, tokens?: readonly string[]): Step[] {
  const values = checkChances(chances);
  if (!(p > 0 && p <= 1)) throw new Error(`p must be more than 0 and at most 1: got ${fmt(p)}.`);
  const names = namesOf(values.length, tokens);
  const target = checkShow(show, values.length);
  const order = ranked(values);
  const steps = [rankStep(values, order, names)];
  let running = 0;
  const kept: number[] = [];
  for (const i of order) {
    const before = running;
    running = running + values[i]!;
    kept.push(i);
    const expr = kept.length === 1 ? fmt(running) : `${fmt(before)} + ${fmt(values[i]!)} = ${fmt(running)}`;
    if (running >= p - 1e-12) {
      steps.push({ text: `Keep token ${names[i]!}. The running total reaches ${fmt(p)}: stop.`, expr, value: running });
      break;
    }
    steps.push({ text: `Keep token ${names[i]!}. The running total is still below ${fmt(p)}.`, expr, value: running });
  }
  return renormalise(values, [...kept].sort((a, b) => a - b), names, target, steps);
}

/** greedyPick([0.2, 0.5, 0.3]) -> token 1: walk along, keep the biggest seen so far. */
export function greedyPick(chances: readonly number[], tokens?: readonly string[]): Step[] {
  const values = chances.map(Number);
  if (values.length === 0) throw new Error("greedy_pick needs at least one chance.");
  const names = namesOf(values.length, tokens);
  let best = 0;
  const steps: Step[] = [{ text: `Start with token ${names[0]!}: the biggest so far.`, expr: fmt(values[0]!), value: 0 }];
  for (let i = 1; i < values.length; i++) {
    if (values[i]! > values[best]!) {
      steps.push({ text: `Token ${names[i]!} is bigger: it is the new best.`, expr: `${fmt(values[i]!)} > ${fmt(values[best]!)}`, value: i });
      best = i;
    } else {
      steps.push({ text: `Token ${names[i]!} is not bigger: keep token ${names[best]!}.`, expr: `${fmt(values[i]!)} ≤ ${fmt(values[best]!)}`, value: best });
    }
  }
  steps.push({ text: `Greedy picks token ${names[best]!}, at position:`, expr: String(best), value: best });
  return steps;
}
