/**
 * Text to ids and back: type a short text, see its vocabulary (each different character,
 * sorted, with its position as its id), the ids of the text, the one-hot row of a chosen
 * character, and decode a list of ids the learner types.
 *
 * The text lives in the state as a list of character codes, so commas and colons in it cannot
 * break the URL format (see state.ts).
 */
import { charsOf, encodeIds, oneHotList, showChar, sortedChars, vocabulary, type Step } from "../../explain";
import { clamp, numberProp } from "../state";
import { codeText, textOf } from "../text";

export const TITLE = "Text to ids and back";

export const MAX_TEXT = 60;
export const MAX_IDS = 60;
export const MAX_ID = 99;
export const START_TEXT = "hello world";
export const START_IDS = [7, 5, 6, 1];

export type CharEncoderState = { codes: number[]; ids: number[]; pick: number };

const textCodes = codeText({ max: MAX_TEXT });

/** Text -> the list of its character codes, cut to MAX_TEXT characters. */
export const codesOf = textCodes.codesOf;
export { textOf };

export function normalise(p: Record<string, unknown>): CharEncoderState {
  const codes = textCodes.codesFrom(p.text, p.codes, START_TEXT);
  const rawIds = Array.isArray(p.ids) ? p.ids : START_IDS;
  const ids = rawIds.slice(0, MAX_IDS).map((v) => Math.round(clamp(numberProp(v, 0), 0, MAX_ID)));
  const size = sortedChars(textOf(codes)).length;
  const pick = Math.round(clamp(numberProp(p.pick, 0), 0, Math.max(0, size - 1)));
  return { codes, ids, pick };
}

export function withText(s: CharEncoderState, text: string): CharEncoderState {
  return normalise({ ...s, text });
}

/** "3, 2, 4" -> the ids and the pieces that are not ids (kept out of the state, shown as a note). */
export function parseIds(text: string): { ids: number[]; bad: string[] } {
  const ids: number[] = [];
  const bad: string[] = [];
  for (const piece of text.split(/[\s,;]+/)) {
    if (piece === "") continue;
    if (/^\d+$/.test(piece) && Number(piece) <= MAX_ID) ids.push(Number(piece));
    else bad.push(piece);
  }
  return { ids: ids.slice(0, MAX_IDS), bad };
}

export function idsText(ids: readonly number[]): string {
  return ids.join(", ");
}

export function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface Decoded {
  id: number;
  /** The character with this id, or null when no character has it. */
  char: string | null;
}

export interface CharEncoderView {
  text: string;
  chars: string[];
  vocab: string[];
  /** The id of each character of the text, in order. */
  textIds: number[];
  steps: Step[];
  decoded: Decoded[];
  /** The decoded text, with "?" where an id is not in the vocabulary. */
  decodedText: string;
  /** The ids that have no character. */
  unknownIds: number[];
  oneHot: number[];
}

export function compute(s: CharEncoderState): CharEncoderView {
  const text = textOf(s.codes);
  const vocab = sortedChars(text);
  const decoded = s.ids.map((id) => ({ id, char: vocab[id] ?? null }));
  return {
    text,
    chars: charsOf(text),
    vocab,
    textIds: encodeIds(text).map((i) => i ?? 0),
    steps: text === "" ? [] : vocabulary(text),
    decoded,
    decodedText: decoded.map((d) => d.char ?? "?").join(""),
    unknownIds: Array.from(new Set(decoded.filter((d) => d.char === null).map((d) => d.id))),
    oneHot: vocab.length === 0 ? [] : oneHotList(s.pick, vocab.length),
  };
}

export { showChar };
