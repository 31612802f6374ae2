/**
 * Byte-pair encoding, one merge at a time: a short training text starts as one token per byte;
 * each merge glues the most common pair of neighbours into a new token (ids from 256 up; a tie
 * goes to the pair seen first). Shows the tokens as chips, the top pair counts, the merges so
 * far and the token count next to the character and byte counts.
 *
 * The text lives in the state as a list of character codes, so commas and colons in it cannot
 * break the URL format (see state.ts).
 */
import { bpeRun, bpeTrain, charsOf, countPairs, showPiece, type Step } from "../../explain";
import { clamp, numberProp } from "../state";
import { codeText, textOf } from "../text";

export const TITLE = "Byte-pair encoding, merge by merge";

export const MAX_TEXT = 80;
export const MAX_MERGES = 20;
export const TOP = 5;
export const START_TEXT = "low lower lowest low";

export type BpeMergesState = { codes: number[]; merges: number };

const textCodes = codeText({ max: MAX_TEXT, noSurrogates: true });

/** Text -> the list of its character codes, cut to MAX_TEXT characters. */
export const codesOf = textCodes.codesOf;
export { textOf };

export function normalise(p: Record<string, unknown>): BpeMergesState {
  const codes = textCodes.codesFrom(p.text, p.codes, START_TEXT);
  const merges = Math.round(clamp(numberProp(p.merges, 0), 0, MAX_MERGES));
  return { codes, merges };
}

/** A new text starts again from 0 merges: the old merges belonged to the old text. */
export function withText(s: BpeMergesState, text: string): BpeMergesState {
  return normalise({ ...s, text, merges: 0 });
}

export function withMerges(s: BpeMergesState, merges: number): BpeMergesState {
  return normalise({ ...s, merges });
}

export interface Chip {
  id: number;
  /** The token as text (␣ for a space, ⟨195⟩ for half a character). */
  label: string;
  /** Made by a merge (an id of 256 or more)? */
  merged: boolean;
}

export interface PairRow {
  left: string;
  right: string;
  ids: [number, number];
  count: number;
}

export interface MergeRow {
  step: number;
  left: string;
  right: string;
  ids: [number, number];
  count: number;
  id: number;
  token: string;
  tied: boolean;
}

export interface BpeMergesView {
  text: string;
  characters: number;
  bytes: number;
  tokens: Chip[];
  /** The most common pairs now, most common first (ties in the order first seen). */
  top: PairRow[];
  merges: MergeRow[];
  /** Fewer merges than asked: the text became one token. */
  stoppedEarly: boolean;
  vocabSize: number;
  steps: Step[];
}

export function compute(s: BpeMergesState): BpeMergesView {
  const text = textOf(s.codes);
  const run = bpeRun(text, s.merges);
  const label = (id: number) => showPiece(run.vocab.get(id)!);
  const counts = Array.from(countPairs(run.ids).values());
  // a stable sort keeps the first-seen order among equal counts, as the merge rule does
  const top = counts
    .slice()
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP)
    .map((e) => ({ left: label(e.pair[0]), right: label(e.pair[1]), ids: e.pair, count: e.count }));
  return {
    text,
    characters: charsOf(text).length,
    bytes: run.start.length,
    tokens: run.ids.map((id) => ({ id, label: label(id), merged: id >= 256 })),
    top,
    merges: run.merges.map((m, k) => ({
      step: k + 1,
      left: label(m.pair[0]),
      right: label(m.pair[1]),
      ids: m.pair,
      count: m.count,
      id: m.id,
      token: showPiece(m.piece),
      tied: m.tied,
    })),
    stoppedEarly: run.merges.length < s.merges,
    vocabSize: 256 + run.merges.length,
    steps: text === "" ? [] : bpeTrain(text, s.merges),
  };
}
