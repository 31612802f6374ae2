/** Worked steps for powers and square roots (mirrors fromzero/explain/powers.py). */
import { fmt, type Step } from "./steps";

export function power(base: number, exponent: number): Step[] {
  if (!Number.isInteger(exponent)) throw new Error(`power shows whole-number powers only: got ${exponent}.`);
  const n = Math.abs(exponent);
  if (n === 0) {
    return [{ text: "Any number to the power 0 is 1: we multiply by nothing at all.", expr: `${fmt(base)}^0 = 1`, value: 1 }];
  }
  let value = base;
  const steps: Step[] = [{ text: "Start with the base.", expr: `${fmt(base)}`, value }];
  for (let i = 0; i < n - 1; i++) {
    const before = value;
    value = before * base;
    steps.push({ text: "Multiply by the base once more.", expr: `${fmt(before)} × ${fmt(base)} = ${fmt(value)}`, value });
  }
  if (exponent < 0) {
    const before = value;
    value = 1 / before;
    steps.push({ text: "The power is negative, so divide 1 by that.", expr: `1 ÷ ${fmt(before)} = ${fmt(value)}`, value });
  }
  steps.push({ text: "That is the power.", expr: `${fmt(base)}^${fmt(exponent)} = ${fmt(value)}`, value });
  return steps;
}

export function sqrt(x: number, maxSteps = 30): Step[] {
  if (x < 0) throw new Error(`A negative number has no square root on the number line: got ${x}.`);
  if (x === 0) return [{ text: "0 × 0 = 0, so the square root of 0 is 0.", expr: "√0 = 0", value: 0 }];
  let guess = 1;
  const steps: Step[] = [{ text: "Start with a guess of 1.", expr: "guess = 1", value: guess }];
  for (let i = 0; i < maxSteps; i++) {
    const other = x / guess;
    const next = (guess + other) / 2;
    steps.push({
      text: `Divide ${fmt(x)} by the guess, then take the middle of the two.`,
      expr: `${fmt(x)} ÷ ${fmt(guess)} = ${fmt(other)}, (${fmt(guess)} + ${fmt(other)}) ÷ 2 = ${fmt(next)}`,
      value: next,
    });
    const done = next === guess || Math.abs(next * next - x) <= 1e-12 * x;
    guess = next;
    if (done) break;
  }
  steps.push({ text: "Check: multiply the answer by itself.", expr: `${fmt(guess)} × ${fmt(guess)} = ${fmt(guess * guess)}`, value: guess * guess });
  steps.push({ text: "So the square root is:", expr: `√${fmt(x)} = ${fmt(guess)}`, value: guess });
  return steps;
}
