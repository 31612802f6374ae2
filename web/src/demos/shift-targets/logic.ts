/**
 * Inputs and targets for next-token prediction: type a text, pick a block size and where the
 * window starts. The inputs are the window without its last character; the targets are the
 * same window moved one place. Pick one guess to see which inputs it may look at (the causal
 * mask): guess t reads inputs 1 to t and must guess target t.
 *
 * The text lives in the state as a list of character codes, so commas and colons in it cannot
 * break the URL format (see state.ts).
 */
import { charsOf, shiftPairs, showChar, windowPairs, type Step } from "../../explain";
import { codesOf, textOf } from "../char-encoder/logic";
import { clamp, numberProp } from "../state";

export const TITLE = "Inputs and targets: shift by one";

export const MAX_TEXT = 60;
export const MAX_BLOCK = 16;
export const START_TEXT = "To be or not to be";

export type ShiftState = { codes: number[]; block: number; start: number; pick: number };

/** The biggest block this text allows: one character must be left over as the last target. */
export function maxBlock(length: number): number {
  return Math.max(1, Math.min(MAX_BLOCK, length - 1));
}

/** The last start a window of `block` inputs can have in a text of `length` characters. */
export function maxStart(length: number, block: number): number {
  return Math.max(0, length - block - 1);
}

export function normalise(p: Record<string, unknown>): ShiftState {
  let codes: number[];
  if (typeof p.text === "string") codes = codesOf(p.text);
  else if (Array.isArray(p.codes)) codes = codesOf(textOf(p.codes.map((c) => numberProp(c, 32)).filter((c) => Number.isInteger(c) && c >= 32 && c <= 0x10ffff)));
  else codes = codesOf(START_TEXT);
  codes = codes.slice(0, MAX_TEXT);
  const n = codes.length;
  const block = Math.round(clamp(numberProp(p.block, 4), 1, maxBlock(n)));
  const start = Math.round(clamp(numberProp(p.start, 0), 0, maxStart(n, block)));
  const pick = Math.round(clamp(numberProp(p.pick, block), 1, block));
  return { codes, block, start, pick };
}

export function withText(s: ShiftState, text: string): ShiftState {
  return normalise({ ...s, codes: undefined, text });
}

export function withBlock(s: ShiftState, block: number): ShiftState {
  return normalise({ ...s, block, pick: Math.min(s.pick, block) });
}

export interface ShiftView {
  text: string;
  chars: string[];
  /** False when the text is too short to make even one pair. */
  ready: boolean;
  inputs: string[];
  targets: string[];
  /** For each input column: true when the picked guess may look at it. */
  seen: boolean[];
  /** How many windows of this size fit in the text (each start from 0 to maxStart). */
  windows: number;
  /** Guesses in all those windows together. */
  guesses: number;
  steps: Step[];
}

export function compute(s: ShiftState): ShiftView {
  const text = textOf(s.codes);
  const chars = charsOf(text);
  if (chars.length < 2) {
    return { text, chars, ready: false, inputs: [], targets: [], seen: [], windows: 0, guesses: 0, steps: [] };
  }
  const { inputs, targets } = windowPairs(text, s.block, s.start);
  const windows = maxStart(chars.length, s.block) + 1;
  return {
    text,
    chars,
    ready: true,
    inputs,
    targets,
    seen: inputs.map((_, i) => i < s.pick),
    windows,
    guesses: windows * s.block,
    steps: shiftPairs(text, s.block, s.start),
  };
}

/** In the whole text: is position i inside the window (inputs and the last target)? */
export function inWindow(s: ShiftState, i: number): boolean {
  return i >= s.start && i <= s.start + s.block;
}

/** What guess t reads, in words: "To␣" then "b". */
export function guessText(view: ShiftView, t: number): { read: string; target: string } {
  return { read: view.inputs.slice(0, t).map(showChar).join(""), target: showChar(view.targets[t - 1] ?? "") };
}

export { showChar };
