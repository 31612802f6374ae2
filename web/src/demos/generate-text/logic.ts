/**
 * Write with the real thing: a prompt and the sampling knobs go to the shipped character GPT on
 * the server (POST /api/generate/char-gpt); its text comes back, with the first steps shown:
 * the character it picked, that character's chance, and the five likeliest it picked from.
 *
 * The prompt lives in the state as a list of character codes, so commas, colons and new lines
 * cannot break the URL format (see state.ts).
 */
import { fmt, showChar } from "../../explain";
import type { GenerateSettings, GeneratedToken } from "../../features/training/api";
import { numberProp, snap, type Range } from "../state";
import { codeText, textOf } from "../text";

export const TITLE = "Write with the course's small GPT";

export const MAX_PROMPT = 200;
export const START_PROMPT = "ROMEO:\n";
export const TEMPERATURE: Range = { min: 0, max: 2, step: 0.05 };
export const TOP_K: Range = { min: 0, max: 76, step: 1 };
export const TOP_P: Range = { min: 0.05, max: 1, step: 0.05 };
export const LENGTH: Range = { min: 10, max: 300, step: 10 };
export const SEED: Range = { min: 0, max: 999, step: 1 };

export type GenerateState = {
  codes: number[];
  /** 0 = greedy. */
  t: number;
  /** 0 = off. */
  k: number;
  /** 1 = off. */
  p: number;
  length: number;
  seed: number;
};

const textCodes = codeText({ max: MAX_PROMPT, newLines: true });

export const codesOf = textCodes.codesOf;
export { textOf };

export function normalise(p: Record<string, unknown>): GenerateState {
  const codes = textCodes.codesFrom(p.prompt, p.codes, START_PROMPT);
  return {
    codes,
    t: snap(numberProp(p.t ?? p.temperature, 0.8), TEMPERATURE),
    k: snap(numberProp(p.k ?? p.top_k, 0), TOP_K),
    p: snap(numberProp(p.p ?? p.top_p, 1), TOP_P),
    length: snap(numberProp(p.length, 100), LENGTH),
    seed: snap(numberProp(p.seed, 0), SEED),
  };
}

export function withPrompt(s: GenerateState, prompt: string): GenerateState {
  return { ...s, codes: codesOf(prompt) };
}

/** The body POST /api/generate/char-gpt takes. */
export function request(s: GenerateState): GenerateSettings {
  return { prompt: textOf(s.codes), max_new_tokens: s.length, temperature: s.t, top_k: s.k, top_p: s.p, seed: s.seed };
}

/** A key naming one exact request, so an answer is only shown for the settings that made it. */
export function requestKey(s: GenerateState): string {
  return JSON.stringify(request(s));
}

/** The knobs in words: "greedy" or "temperature 0.8, top-k 10, top-p 0.9, seed 3". */
export function describe(s: GenerateState): string {
  if (s.t === 0) return "greedy (temperature 0): always the likeliest character";
  const parts = [`temperature ${fmt(s.t)}`];
  if (s.k > 0) parts.push(`top-k ${s.k}`);
  if (s.p < 1) parts.push(`top-p ${fmt(s.p)}`);
  parts.push(`seed ${s.seed}`);
  return parts.join(", ");
}

export interface StepRow {
  n: number;
  char: string;
  chance: string;
  top: { char: string; chance: string; chosen: boolean }[];
  /** True when the picked character was not among the five likeliest. */
  outside: boolean;
}

/** The server's first steps as rows to show: characters made visible (␣ a space, ↵ a new line). */
export function stepRows(tokens: readonly GeneratedToken[]): StepRow[] {
  return tokens.map((t, i) => ({
    n: i + 1,
    char: showChar(t.char),
    chance: fmt(t.chance),
    top: t.top5.map((c) => ({ char: showChar(c.char), chance: fmt(c.chance), chosen: c.char === t.char })),
    outside: !t.top5.some((c) => c.char === t.char),
  }));
}
