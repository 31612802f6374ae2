/** Worked steps for tokens and byte-pair encoding (mirrors fromzero/explain/tokenize.py). */
import type { Step } from "./steps";
import { charsOf, showChar } from "./text";

/** Ids 0 to 255 are the bytes themselves; merge k makes the id 256 + k. */
export const FIRST_NEW_ID = 256;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });

/** The UTF-8 bytes of a text: utf8Of("é") -> [195, 169]. */
export function utf8Of(text: string): number[] {
  return Array.from(encoder.encode(text));
}

/** showPiece([108, 111, 32]) -> "lo␣"; a byte that is half a character shows as ⟨195⟩. */
export function showPiece(piece: readonly number[]): string {
  try {
    return charsOf(strictDecoder.decode(new Uint8Array(piece))).map(showChar).join("");
  } catch {
    return piece.map((b) => `⟨${b}⟩`).join("");
  }
}

const nTokens = (n: number) => (n === 1 ? "1 token" : `${n} tokens`);

/** utf8Bytes("hé") -> h → 104 (1 byte), é → 195 169 (2 bytes); final value 3 bytes. */
export function utf8Bytes(text: string): Step[] {
  const chars = charsOf(text);
  if (chars.length === 0) throw new Error("The text is empty, so it has no bytes.");
  const steps: Step[] = [];
  const sizes: number[] = [];
  for (const ch of chars) {
    const data = utf8Of(ch);
    sizes.push(data.length);
    const word = data.length === 1 ? "byte" : "bytes";
    steps.push({ text: `${showChar(ch)} is stored as ${data.length} ${word}.`, expr: `${showChar(ch)} → ${data.join(" ")}`, value: data.length });
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  const expr = sizes.length === 1 ? `total = ${total}` : `${sizes.join(" + ")} = ${total}`;
  steps.push({ text: `Add them up: ${chars.length} characters take ${total} bytes.`, expr, value: total });
  return steps;
}

type Pair = readonly [string, string];
const showText = (piece: string) => charsOf(piece).map(showChar).join("");
const pairText = (p: Pair) => `(${showText(p[0])}, ${showText(p[1])})`;
const pairKey = (a: string | number, b: string | number) => JSON.stringify([a, b]);

/** Counts of neighbouring pairs, in the order each pair first comes. */
export function countPairs<T extends string | number>(items: readonly T[]): Map<string, { pair: [T, T]; count: number }> {
  const counts = new Map<string, { pair: [T, T]; count: number }>();
  for (let i = 0; i + 1 < items.length; i++) {
    const key = pairKey(items[i]!, items[i + 1]!);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { pair: [items[i]!, items[i + 1]!], count: 1 });
  }
  return counts;
}

/** The most common pair; the first seen wins a tie. */
export function topPair<T extends string | number>(counts: Map<string, { pair: [T, T]; count: number }>): { pair: [T, T]; count: number } | null {
  let best: { pair: [T, T]; count: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  return best;
}

/** pairCounts([1, 2, 3, 1, 2]) -> (1, 2): 2, (2, 3): 1, (3, 1): 1; the most common is (1, 2). */
export function pairCounts(tokens: string | readonly unknown[], pair?: readonly unknown[]): Step[] {
  const pieces = typeof tokens === "string" ? charsOf(tokens) : tokens.map(String);
  if (pieces.length < 2) throw new Error("One token has no neighbour, so there are no pairs to count.");
  const counts = countPairs(pieces);
  const nPairs = pieces.length - 1;
  const all: string[] = [];
  for (let i = 0; i < nPairs; i++) all.push(pairText([pieces[i]!, pieces[i + 1]!]));
  const steps: Step[] = [
    { text: `Write down each pair of neighbours. ${pieces.length} tokens make ${nPairs} pairs.`, expr: all.join(", "), value: nPairs },
    {
      text: "Count each different pair, in the order they first come.",
      expr: Array.from(counts.values())
        .map((e) => `${pairText(e.pair)}: ${e.count}`)
        .join(", "),
      value: counts.size,
    },
  ];
  if (pair === undefined) {
    const best = topPair(counts)!;
    const tied = Array.from(counts.values()).filter((e) => e.count === best.count).length > 1;
    const why = tied ? "Pick the biggest count. Some pairs tie, so take the one seen first." : "Pick the biggest count.";
    steps.push({ text: `${why} The most common pair is ${pairText(best.pair)}.`, expr: `${pairText(best.pair)}: ${best.count}`, value: best.count });
  } else {
    if (pair.length !== 2) throw new Error(`A pair is two tokens, not ${pair.length}.`);
    const want: Pair = [String(pair[0]), String(pair[1])];
    const c = counts.get(pairKey(want[0], want[1]))?.count ?? 0;
    steps.push({ text: `Look up ${pairText(want)}.`, expr: `${pairText(want)}: ${c}`, value: c });
  }
  return steps;
}

/** Replace each (a, b) from left to right: mergeIds([1, 1, 1], [1, 1], 256) -> [256, 1]. */
export function mergeIds(ids: readonly number[], pair: readonly [number, number], newId: number): { ids: number[]; found: number } {
  const out: number[] = [];
  let found = 0;
  let i = 0;
  while (i < ids.length) {
    if (i + 1 < ids.length && ids[i] === pair[0] && ids[i + 1] === pair[1]) {
      out.push(newId);
      found += 1;
      i += 2; // both tokens are used up
    } else {
      out.push(ids[i]!);
      i += 1;
    }
  }
  return { ids: out, found };
}

/** A table from id to its bytes, starting with the 256 single bytes. */
export function byteVocab(): Map<number, number[]> {
  const vocab = new Map<number, number[]>();
  for (let b = 0; b < FIRST_NEW_ID; b++) vocab.set(b, [b]);
  return vocab;
}

/** One learned merge: the pair of ids, how often it came, its new id and its bytes. */
export interface LearnedMerge {
  pair: [number, number];
  count: number;
  id: number;
  piece: number[];
  /** Did other pairs have the same count (the first seen won)? */
  tied: boolean;
  /** The tokens after this merge. */
  ids: number[];
}

export interface BpeRun {
  start: number[];
  merges: LearnedMerge[];
  ids: number[];
  vocab: Map<number, number[]>;
}

/** Learn up to `merges` merges from a text, as fromzero.scratch.tokenizers.bpe does. */
export function bpeRun(text: string, merges: number): BpeRun {
  const vocab = byteVocab();
  const start = utf8Of(text);
  let ids = start;
  const learned: LearnedMerge[] = [];
  for (let k = 0; k < merges; k++) {
    const counts = countPairs(ids);
    const best = topPair(counts);
    if (best === null) break;
    const id = FIRST_NEW_ID + k;
    const piece = [...vocab.get(best.pair[0])!, ...vocab.get(best.pair[1])!];
    vocab.set(id, piece);
    const tied = Array.from(counts.values()).filter((e) => e.count === best.count).length > 1;
    ids = mergeIds(ids, best.pair, id).ids;
    learned.push({ pair: best.pair, count: best.count, id, piece, tied, ids });
  }
  return { start, merges: learned, ids, vocab };
}

/** Encode a text with learned merges, applied in the order they were learned. */
export function bpeApply(text: string, merges: readonly LearnedMerge[]): number[] {
  let ids = utf8Of(text);
  for (const m of merges) ids = mergeIds(ids, m.pair, m.id).ids;
  return ids;
}

const tokensText = (ids: readonly number[], vocab: Map<number, number[]>) => ids.map((i) => showPiece(vocab.get(i)!)).join(" ");

/** bpeTrain("low lower lowest low", 3) -> merges lo (256), low (257), ␣low (258); 9 tokens. */
export function bpeTrain(text: string, merges: number): Step[] {
  if (text === "") throw new Error("The text is empty, so there is nothing to learn from.");
  if (!Number.isInteger(merges) || merges < 0) throw new Error(`The number of merges must be a whole number from 0 up, not ${merges}.`);
  const run = bpeRun(text, merges);
  const start = run.start.length;
  const steps: Step[] = [
    {
      text: `Turn the text into bytes. Each byte is one token with its own id, 0 to 255. That makes ${nTokens(start)}.`,
      expr: tokensText(run.start, run.vocab),
      value: start,
    },
  ];
  run.merges.forEach((m, k) => {
    const left = showPiece(run.vocab.get(m.pair[0])!);
    const right = showPiece(run.vocab.get(m.pair[1])!);
    const times = m.count === 1 ? "1 time" : `${m.count} times`;
    const tie = m.tied ? " Other pairs tie with it; the one seen first wins." : "";
    steps.push({
      text: `Merge ${k + 1}: the most common pair is (${left}, ${right}), ${times}.${tie} It becomes the new token ${showPiece(m.piece)} with the id ${m.id}. Replace it everywhere: ${nTokens(m.ids.length)} now.`,
      expr: tokensText(m.ids, run.vocab),
      value: m.ids.length,
    });
  });
  if (run.merges.length < merges) {
    steps.push({ text: "Only one token is left, so there is no pair to merge.", expr: nTokens(run.ids.length), value: run.ids.length });
  }
  steps.push({ text: `Count the tokens: ${start} at the start, ${run.ids.length} now.`, expr: `${start} → ${run.ids.length}`, value: run.ids.length });
  return steps;
}

/** bpeEncode("slower", [["l", "o"], ["lo", "w"]]) -> s low e r: ids [115, 257, 101, 114]. */
export function bpeEncode(text: string, merges: readonly (readonly unknown[])[]): Step[] {
  if (text === "") throw new Error("The text is empty, so there is nothing to encode.");
  let ids = utf8Of(text);
  const vocab = byteVocab();
  const idsOf = new Map<string, number>();
  for (let b = 0; b < FIRST_NEW_ID; b++) idsOf.set(JSON.stringify([b]), b);
  const start = ids.length;
  const steps: Step[] = [{ text: `Start with the bytes of the text: ${nTokens(start)}.`, expr: tokensText(ids, vocab), value: start }];
  merges.forEach((pair, k) => {
    if (pair.length !== 2) throw new Error(`Merge ${k + 1} must be a pair of two tokens, not ${JSON.stringify(pair)}.`);
    const left = utf8Of(String(pair[0]));
    const right = utf8Of(String(pair[1]));
    const leftId = idsOf.get(JSON.stringify(left));
    const rightId = idsOf.get(JSON.stringify(right));
    if (leftId === undefined || rightId === undefined) throw new Error(`Merge ${k + 1} uses a token that no earlier merge made.`);
    const newId = FIRST_NEW_ID + k;
    const piece = [...left, ...right];
    vocab.set(newId, piece);
    if (!idsOf.has(JSON.stringify(piece))) idsOf.set(JSON.stringify(piece), newId);
    const merged = mergeIds(ids, [leftId, rightId], newId);
    ids = merged.ids;
    const names = `(${showPiece(left)}, ${showPiece(right)}) → ${showPiece(piece)}`;
    const times = merged.found === 1 ? "1 time" : `${merged.found} times`;
    const text = merged.found === 0 ? `Merge ${k + 1}, ${names}: this pair is not in the text. Nothing changes.` : `Merge ${k + 1}, ${names} with the id ${newId}: found ${times}.`;
    steps.push({ text, expr: tokensText(ids, vocab), value: ids.length });
  });
  steps.push({ text: `The ids of the tokens. ${start} bytes became ${nTokens(ids.length)}.`, expr: `[${ids.join(", ")}]`, value: ids.length });
  return steps;
}
