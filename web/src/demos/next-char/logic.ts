/**
 * The real char-gpt guesses the next character: pick a prompt, see the head's logits for the
 * last place, e to the power of each, the total over the whole vocabulary, and the chances as
 * bars, biggest first. The numbers were computed by the shipped model in Python
 * (fromzero/explain/gpt_walkthrough.py) and stored in data.generated.ts; nothing runs here.
 */
import { showChar } from "../../explain";
import { choiceProp, clamp, numberProp } from "../state";
import { NEXT_CHAR } from "./data.generated";
import type { NextCharData } from "./types";

export const TITLE = "The real GPT guesses the next character";

export const SHOW = ["top", "all"] as const;
export type ShowKind = (typeof SHOW)[number];
export const TOP = 5;

export type NextCharState = { prompt: number; show: ShowKind };

export function normalise(p: Record<string, unknown>, data: NextCharData = NEXT_CHAR): NextCharState {
  return {
    prompt: Math.round(clamp(numberProp(p.prompt, 0), 0, data.prompts.length - 1)),
    show: choiceProp(p.show, SHOW, "top"),
  };
}

export interface Row {
  /** The character, as the steps print it (␣ for a space, ↵ for a new line). */
  shown: string;
  id: number;
  logit: number;
  /** e to the power of the logit. */
  power: number;
  chance: number;
}

export interface NextCharView {
  prompt: string;
  ids: number[];
  /** Every character, biggest logit first; the view shows the first TOP or all of them. */
  rows: Row[];
  /** The sum of e^logit over the whole vocabulary. */
  total: number;
  /** How much chance is left for the characters after the top TOP. */
  rest: number;
  vocabSize: number;
}

export function compute(s: NextCharState, data: NextCharData = NEXT_CHAR): NextCharView {
  const item = data.prompts[s.prompt]!;
  const powers = item.logits.map((l) => Math.exp(l));
  let total = 0;
  for (const e of powers) total = total + e;
  const rows = item.logits
    .map((logit, id): Row => ({ shown: showChar(data.vocab[id]!), id, logit, power: powers[id]!, chance: powers[id]! / total }))
    .sort((a, b) => b.logit - a.logit);
  const rest = rows.slice(TOP).reduce((a, r) => a + r.chance, 0);
  return { prompt: item.prompt, ids: item.ids, rows, total, rest, vocabSize: data.vocab.length };
}

/** 0.7753 -> "77.5 %". */
export function percent(p: number): string {
  return `${(100 * p).toFixed(1)} %`;
}

/** How a prompt is written on a button: new lines as ↵. */
export function promptLabel(prompt: string): string {
  return Array.from(prompt).map((ch) => (ch === "\n" ? "\u21b5" : ch)).join("");
}
