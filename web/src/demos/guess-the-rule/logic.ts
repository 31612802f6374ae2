/** A machine with a hidden rule: feed it inputs, watch the outputs, then guess the rule. */
import { lastValue, machine, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Guess the hidden rule";

export interface Secret {
  rules: string[];
  words: string;
}

/** The machines to choose from, each with its rule in words. */
export const SECRETS: readonly Secret[] = [
  { rules: ["× 3"], words: "times 3" },
  { rules: ["+ 4"], words: "add 4" },
  { rules: ["× 2", "+ 1"], words: "double, then add 1" },
  { rules: ["^ 2"], words: "times itself" },
  { rules: ["× 2", "− 3"], words: "double, then take away 3" },
  { rules: ["÷ 2"], words: "half of it" },
];

export type GuessState = { machine: number; x: number; guess: number };

export const X: Range = { min: 0, max: 10, step: 1 };

export function normalise(p: Record<string, unknown>): GuessState {
  return {
    machine: Math.round(clamp(numberProp(p.machine, 2), 0, SECRETS.length - 1)),
    x: Math.round(clamp(numberProp(p.x, 1), X.min, X.max)),
    guess: Math.round(clamp(numberProp(p.guess, -1), -1, SECRETS.length - 1)),
  };
}

export function outputFor(machineIndex: number, x: number): number {
  return lastValue(machine(x, SECRETS[machineIndex]!.rules));
}

export function compute(s: GuessState): { output: number; table: [number, number][]; right: boolean | null; steps: Step[] } {
  const table = [0, 1, 2, 3].map((x) => [x, outputFor(s.machine, x)] as [number, number]);
  const right = s.guess < 0 ? null : s.guess === s.machine;
  const steps = right === null ? [] : machine(s.x, SECRETS[s.machine]!.rules);
  return { output: outputFor(s.machine, s.x), table, right, steps };
}
