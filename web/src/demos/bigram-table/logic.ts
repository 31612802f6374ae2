/**
 * A bigram table: in a short training text, count which character comes right after a chosen
 * one, turn the counts into chances, pick the most likely next character, and write text by
 * picking again and again, greedily (always the biggest chance) or by chance (seeded).
 *
 * The text lives in the state as a list of character codes, so commas, colons and new lines
 * in it cannot break the URL format (see state.ts).
 */
import { bigramCounts, charsOf, countsAfter, fmt, mostLikely, showChar, sortedChars, type Step } from "../../explain";
import { seededRandom } from "../random";
import { choiceProp, clamp, numberProp } from "../state";
import { codeText, textOf } from "../text";

export const TITLE = "Guess the next letter by counting";

export const MAX_TEXT = 200;
export const WRITE = 40;
export const START_TEXT = "the cat sat on the mat.\nthe dog ran to the log.\nthe hen hid in the pen.\n";
export const MODES = ["greedy", "sample"] as const;
export type Mode = (typeof MODES)[number];

export type BigramState = {
  codes: number[];
  /** The code of the chosen first character. */
  first: number;
  mode: Mode;
  /** How many times "write" was pressed; 0 = nothing written yet. It is also the seed. */
  runs: number;
};

const textCodes = codeText({ max: MAX_TEXT, newLines: true });

export const codesOf = textCodes.codesOf;
export { textOf };

/** The characters that have at least one character after them: the rows we can count. */
export function rowChars(text: string): string[] {
  const all = charsOf(text);
  return sortedChars(all.slice(0, -1).join(""));
}

export function normalise(p: Record<string, unknown>): BigramState {
  const codes = textCodes.codesFrom(p.text, p.codes, START_TEXT);
  const rows = rowChars(textOf(codes));
  // A lesson names the first character ("t"); the URL keeps its code (116).
  const wanted = typeof p.first === "string" && charsOf(p.first).length === 1 ? (p.first.codePointAt(0) ?? 0) : numberProp(p.first, 116);
  const first = rows.some((ch) => ch.codePointAt(0) === wanted) ? wanted : rows.includes("t") ? 116 : (rows[0]?.codePointAt(0) ?? 116);
  const mode = choiceProp(p.mode, MODES, "greedy");
  const runs = Math.round(clamp(numberProp(p.runs, 0), 0, 1e6));
  return { codes, first, mode, runs };
}

export function withText(s: BigramState, text: string): BigramState {
  return normalise({ ...s, text });
}

/** Pick the next character after `last`: the biggest count, or by chance with `rand` (0 up to 1). */
export function nextChar(text: string, last: string, mode: Mode, rand: () => number): string | null {
  const counts = countsAfter(text, last);
  if (counts.length === 0) return null;
  if (mode === "greedy") return mostLikely(counts);
  const total = counts.reduce((t, [, c]) => t + c, 0);
  let r = rand() * total;
  for (const [ch, c] of counts) {
    if (r < c) return ch;
    r -= c;
  }
  return counts[counts.length - 1]![0];
}

/** Start with `start` and add `n` characters, one at a time; stop early if nothing ever follows. */
export function write(text: string, start: string, n: number, mode: Mode, seed: number): { text: string; stuck: boolean } {
  const rand = seededRandom(seed);
  let out = start;
  let last = start;
  for (let i = 0; i < n; i++) {
    const next = nextChar(text, last, mode, rand);
    if (next === null) return { text: out, stuck: true };
    out += next;
    last = next;
  }
  return { text: out, stuck: false };
}

export interface Row {
  char: string;
  count: number;
  chance: number;
  chanceText: string;
}

export interface BigramView {
  text: string;
  first: string;
  /** The characters that can be picked as the first one. */
  rows: string[];
  table: Row[];
  total: number;
  best: string | null;
  steps: Step[];
  written: { text: string; stuck: boolean } | null;
}

export function compute(s: BigramState): BigramView {
  const text = textOf(s.codes);
  const rows = rowChars(text);
  const first = String.fromCodePoint(s.first);
  if (!rows.includes(first)) {
    return { text, first, rows, table: [], total: 0, best: null, steps: [], written: null };
  }
  const counts = countsAfter(text, first);
  const total = counts.reduce((t, [, c]) => t + c, 0);
  const table = counts.map(([char, count]) => ({ char, count, chance: count / total, chanceText: fmt(count / total) }));
  return {
    text,
    first,
    rows,
    table,
    total,
    best: mostLikely(counts),
    steps: bigramCounts(text, first),
    written: s.runs > 0 ? write(text, first, WRITE, s.mode, s.runs) : null,
  };
}

export { showChar };
