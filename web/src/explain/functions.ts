/** Worked steps for a function machine (mirrors fromzero/explain/functions.py). */
import { fmt, type Step } from "./steps";

export type Sign = "+" | "−" | "×" | "÷" | "^";
const WORDS: Record<Sign, string> = { "+": "Add", "−": "Take away", "×": "Multiply by", "÷": "Divide by", "^": "Raise to the power" };
const SIGNS: Record<string, Sign> = { "+": "+", "-": "−", "−": "−", "*": "×", "×": "×", "/": "÷", "÷": "÷", "^": "^" };

/** "× 2" -> ["×", 2]; "+ -1.5" -> ["+", -1.5]. Signs may be typed as * / - too. */
export function parseRule(rule: string): [Sign, number] {
  const text = String(rule).trim();
  const bad = () => new Error(`A rule starts with one of + − × ÷ ^ and then a number: got '${rule}'.`);
  const sign = SIGNS[text.charAt(0)];
  const rest = text.slice(1).trim().replace("\u2212", "-");
  if (!sign || rest === "") throw bad();
  const number = Number(rest);
  if (Number.isNaN(number)) throw bad();
  return [sign, number];
}

export function applyRule(sign: Sign, value: number, number: number): number {
  switch (sign) {
    case "+":
      return value + number;
    case "−":
      return value - number;
    case "×":
      return value * number;
    case "÷":
      if (number === 0) throw new Error("The machine cannot divide by 0.");
      return value / number;
    default:
      if (value === 0 && number < 0) throw new Error("The machine cannot raise 0 to a negative power.");
      if (value < 0 && !Number.isInteger(number)) throw new Error("The machine cannot raise a negative number to a decimal power.");
      return value ** number;
  }
}

export function machine(x: number, rules: readonly string[]): Step[] {
  let value = x;
  const steps: Step[] = [{ text: "The input goes into the machine.", expr: `input = ${fmt(x)}`, value: x }];
  for (const rule of rules) {
    const [sign, number] = parseRule(rule);
    const before = value;
    value = applyRule(sign, before, number);
    steps.push({ text: `${WORDS[sign]} ${fmt(number)}.`, expr: `${fmt(before)} ${sign} ${fmt(number)} = ${fmt(value)}`, value });
  }
  steps.push({ text: "The output comes out of the machine.", expr: `output = ${fmt(value)}`, value });
  return steps;
}
