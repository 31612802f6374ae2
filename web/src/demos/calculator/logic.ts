/** A calculator that shows its work: type a sum and see each step, in the order of operations. */
import { CalcError, calculate, lastValue, type Step } from "../../explain";

export const TITLE = "A calculator that shows each step";

export type CalcState = { sum: string };

export const MAX_LENGTH = 60;
export const KEYS = ["+", "−", "×", "÷", "^", "√", "(", ")"] as const;
export const EXAMPLES = ["2 + 3 × 4", "(2 + 3) × 4", "2 ^ 3", "√9 + 1", "10 − 4 − 3", "2 × (3 + √16) ^ 2"];

/** Any text, trimmed to a sane length; commas, colons and semicolons would break the URL format. */
export function normalise(p: Record<string, unknown>): CalcState {
  const raw = typeof p.sum === "string" ? p.sum : "2 + 3 × 4";
  return { sum: raw.replace(/[,:;]/g, "").slice(0, MAX_LENGTH) };
}

export type Outcome = { ok: true; steps: Step[]; answer: number } | { ok: false; message: string };

export function compute(s: CalcState): Outcome {
  try {
    const steps = calculate(s.sum);
    return { ok: true, steps, answer: lastValue(steps) };
  } catch (e) {
    if (e instanceof CalcError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Add a key's symbol to the end of the sum, with spaces around the signs that join two numbers. */
export function press(s: CalcState, key: string): CalcState {
  const joiner = ["+", "−", "×", "÷", "^"].includes(key);
  const text = joiner ? `${s.sum.trimEnd()} ${key} ` : `${s.sum}${key}`;
  return normalise({ sum: text });
}
