/**
 * Embedding map: the real learned token table of the shipped char-gpt, boiled down by
 * fromzero/explain/char_embeddings.py into data.ts (a place on a 2-D map for every character,
 * and its 5 nearest characters by cosine similarity). The learner picks a character and sees
 * where it sits and which characters the model put closest to it.
 */
import { clamp, numberProp } from "../state";
import { NEAREST, POINTS, SHARES, VOCAB, WIDTH } from "./data";

export const TITLE = "A real embedding table, on a map";

export { SHARES, VOCAB, WIDTH };

/** The state keeps a token id, not the character: "," and ":" would break the URL format. */
export type MapState = { pick: number };

export const START_CHAR = "a";

export function normalise(p: Record<string, unknown>): MapState {
  const fallback = VOCAB.indexOf(START_CHAR);
  return { pick: Math.round(clamp(numberProp(p.pick, fallback), 0, VOCAB.length - 1)) };
}

/** A readable name for a character: "space", "new line", or the character itself. */
export function nameOf(ch: string): string {
  if (ch === " ") return "space";
  if (ch === "\n") return "new line";
  return ch;
}

/** What the map shows on its dot: a short mark for the characters you cannot see. */
export function markOf(ch: string): string {
  if (ch === " ") return "␣";
  if (ch === "\n") return "↵";
  return ch;
}

export type Kind = "vowel" | "consonant" | "capital" | "digit" | "punctuation" | "gap";

export const KINDS: readonly { kind: Kind; label: string; colour: string }[] = [
  { kind: "vowel", label: "small vowels a e i o u", colour: "#d9480f" },
  { kind: "consonant", label: "other small letters", colour: "#e8590c99" },
  { kind: "capital", label: "capital letters", colour: "#1971c2" },
  { kind: "punctuation", label: "punctuation and signs", colour: "#2b8a3e" },
  { kind: "digit", label: "digits", colour: "#7048e8" },
  { kind: "gap", label: "space and new line", colour: "#495057" },
];

/** The kind of a character, by what it is (the colours on the map; the model never saw them). */
export function kindOf(ch: string): Kind {
  if ("aeiou".includes(ch)) return "vowel";
  if (ch >= "a" && ch <= "z") return "consonant";
  if (ch >= "A" && ch <= "Z") return "capital";
  if (ch >= "0" && ch <= "9") return "digit";
  if (ch === " " || ch === "\n") return "gap";
  return "punctuation";
}

export function colourOf(ch: string): string {
  return KINDS.find((k) => k.kind === kindOf(ch))!.colour;
}

export interface Neighbour {
  id: number;
  ch: string;
  similarity: number;
}

/** The 5 characters whose rows point most the same way as the picked one, best first. */
export function neighbours(pick: number): Neighbour[] {
  return NEAREST[pick]!.map(([id, similarity]) => ({ id, ch: VOCAB[id]!, similarity }));
}

export const SIZE = { width: 340, height: 300, pad: 16 } as const;

/** Every character's dot in SVG units (up on the map is up on the screen). */
export function placed(): { id: number; x: number; y: number }[] {
  const xs = POINTS.map((p) => p[0]);
  const ys = POINTS.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = SIZE.width - 2 * SIZE.pad;
  const h = SIZE.height - 2 * SIZE.pad;
  return POINTS.map(([x, y], id) => ({
    id,
    x: SIZE.pad + ((x - x0) / (x1 - x0)) * w,
    y: SIZE.pad + (1 - (y - y0) / (y1 - y0)) * h,
  }));
}

/** "0.3254" -> a bar width: cosine similarity runs from −1 to 1, the bar from 0 % to 100 %. */
export function barPercent(similarity: number): number {
  return Math.round(((clamp(similarity, -1, 1) + 1) / 2) * 100);
}
