/** Worked steps for e, e to a power, and logarithms (mirrors fromzero/explain/exponents.py). */
import { fmt, type Step } from "./steps";

const s = (n: number) => (n === 1 ? "" : "s");

export function eLimit(n: number): Step[] {
  if (n < 1 || !Number.isInteger(n)) throw new Error(`e_limit needs a whole number of 1 or more: got ${n}.`);
  const part = 1 / n;
  const grow = 1 + part;
  const value = grow ** n;
  return [
    { text: `Split one year into ${n} part${s(n)}.`, expr: `1 ÷ ${n} = ${fmt(part)}`, value: part },
    { text: "Each part, your money grows by that much.", expr: `1 + ${fmt(part)} = ${fmt(grow)}`, value: grow },
    { text: `It grows like that ${n} time${s(n)}.`, expr: `${fmt(grow)}^${n} = ${fmt(value)}`, value },
  ];
}

export function exp(x: number): Step[] {
  const steps: Step[] = [{ text: "e is a special number, about 2.7183.", expr: `e ≈ ${fmt(Math.E)}`, value: Math.E }];
  if (Number.isInteger(x) && x >= 2 && x <= 5) {
    let value = Math.E;
    for (let i = 0; i < x - 1; i++) {
      const before = value;
      value = before * Math.E;
      steps.push({ text: "Multiply by e once more.", expr: `${fmt(before)} × ${fmt(Math.E)} = ${fmt(value)}`, value });
    }
  }
  const value = Math.exp(x);
  steps.push({ text: `So e to the power ${fmt(x)} is:`, expr: `e^${fmt(x)} = ${fmt(value)}`, value });
  return steps;
}

/** log(8, 2): 8 ÷ 2 = 4, 4 ÷ 2 = 2, 2 ÷ 2 = 1: three times. base may be "e" for ln. */
export function log(x: number, baseIn: number | string = 10): Step[] {
  const natural = baseIn === "e";
  const base = natural ? Math.E : Number(baseIn);
  if (x <= 0) throw new Error(`Only a number bigger than 0 has a logarithm: got ${x}.`);
  if (base <= 0 || base === 1) throw new Error(`The base of a logarithm must be bigger than 0 and not 1: got ${base}.`);
  const name = natural ? "ln" : `log base ${fmt(base)}`;
  const b = natural ? "e" : fmt(base);
  const steps: Step[] = [];
  let value = x;
  let count = 0;
  while (base > 1 && value >= base && count < 12) {
    const before = value;
    value = before / base;
    count += 1;
    steps.push({ text: `Divide by ${b}. That is ${count} time${s(count)} so far.`, expr: `${fmt(before)} ÷ ${b} = ${fmt(value)}`, value });
  }
  let answer: number;
  if (value === 1) {
    answer = count;
    steps.push({ text: `We reached 1 after dividing ${count} time${s(count)}.`, expr: `${name} of ${fmt(x)} = ${count}`, value: answer });
  } else {
    answer = Math.log(x) / Math.log(base);
    const text = steps.length
      ? "We did not land on 1 exactly, so the answer is not a whole number. The calculator finds it."
      : "The calculator finds how many times.";
    steps.push({ text, expr: `${name} of ${fmt(x)} = ${fmt(answer)}`, value: answer });
  }
  const check = base ** answer;
  steps.push({ text: "Check: raise the base to that power.", expr: `${b}^${fmt(answer)} = ${fmt(check)}`, value: check });
  steps.push({ text: "The logarithm is:", expr: `${name} of ${fmt(x)} = ${fmt(answer)}`, value: answer });
  return steps;
}
