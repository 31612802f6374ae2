/** Worked steps for the chain rule (mirrors fromzero/explain/chain.py). */
import { paren } from "./networks";
import { fmt, type Step } from "./steps";

const NUDGE_DECIMALS = 7;
const NAMES = "ABCDEFGHIJ";

/** chainRule([3, 2]) -> 3 × 2 = 6: each link's rate multiplies the total rate so far. */
export function chainRule(rates: readonly number[]): Step[] {
  if (rates.length === 0) throw new Error("The chain needs at least one link.");
  if (rates.length >= NAMES.length) throw new Error(`At most ${NAMES.length - 1} links, please: got ${rates.length}.`);
  const steps: Step[] = rates.map((r, i) => ({
    text: `Link ${i + 1}: when ${NAMES[i]} moves by 1, ${NAMES[i + 1]} moves by this much.`,
    expr: `rate ${NAMES[i]} → ${NAMES[i + 1]} = ${fmt(r)}`,
    value: r,
  }));
  let total = rates[0]!;
  rates.slice(1).forEach((r, j) => {
    const i = j + 1;
    const before = total;
    total = total * r;
    steps.push({ text: `Multiply by link ${i + 1}: how much ${NAMES[i + 1]} moves when ${NAMES[0]} moves by 1.`, expr: `${paren(before)} × ${paren(r)} = ${fmt(total)}`, value: total });
  });
  if (rates.length === 1) steps.push({ text: "Only one link: the rate is that link's rate.", expr: `rate = ${fmt(total)}`, value: total });
  return steps;
}

/** b = m × a and c = b × b: the chain rule's rate, checked by nudging a. */
export function chainNudge(a: number, m: number, h = 0.001, show = "rule"): Step[] {
  if (show !== "rule" && show !== "nudge") throw new Error(`show must be 'rule' or 'nudge': got '${show}'.`);
  if (h === 0) throw new Error("The nudge cannot be 0: we divide by it.");
  const d = NUDGE_DECIMALS;
  const b = m * a;
  const c = b * b;
  const rateAB = m;
  const rateBC = 2 * b;
  const rule = rateAB * rateBC;
  const a2 = a + h;
  const b2 = m * a2;
  const c2 = b2 * b2;
  const change = c2 - c;
  const nudge = change / h;
  return [
    { text: "First link: b = m × a.", expr: `b = ${paren(m)} × ${paren(a)} = ${fmt(b)}`, value: b },
    { text: "Second link: c = b × b.", expr: `c = ${paren(b)} × ${paren(b)} = ${fmt(c)}`, value: c },
    { text: "How fast b moves for a: the number a is multiplied by.", expr: `rate a → b = ${fmt(rateAB)}`, value: rateAB },
    { text: "How fast c moves for b: the shortcut rule for b × b is 2 × b.", expr: `rate b → c = 2 × ${paren(b)} = ${fmt(rateBC)}`, value: rateBC },
    { text: "Chain rule: multiply the two rates.", expr: `${paren(rateAB)} × ${paren(rateBC)} = ${fmt(rule)}`, value: rule },
    { text: `Check by nudging a by ${fmt(h, d)}.`, expr: `a = ${fmt(a2, d)}, b = ${fmt(b2, d)}, c = ${fmt(c2, d)}`, value: c2 },
    { text: "Change in c ÷ nudge.", expr: `(${fmt(c2, d)} − ${paren(c)}) ÷ ${fmt(h, d)} = ${fmt(nudge)}`, value: nudge },
    show === "rule"
      ? { text: "The chain rule's answer (the nudge gives almost the same).", expr: `rate a → c = ${fmt(rule)}`, value: rule }
      : { text: "The nudge's answer (the chain rule gives almost the same).", expr: `rate a → c ≈ ${fmt(nudge)}`, value: nudge },
  ];
}
