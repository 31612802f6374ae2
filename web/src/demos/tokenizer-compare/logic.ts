/**
 * Three ways to cut one sentence: by characters, by whole words (with <UNK> for a word that is
 * not in a small word list) and by byte-pair encoding with merges learned on a fixed training
 * text. Shows the pieces and, for each way, how many pieces and how many different ones.
 *
 * The word list is every word of the training text. The BPE merges are learned on the same
 * text, after cutting it at spaces and marks first (as real tokenizers do), so no token ever
 * holds the end of one word and the start of the next. Both are made here, in the browser.
 * The sentence lives in the state as a list of character codes (see state.ts).
 */
import { FIRST_NEW_ID, charsOf, countPairs, mergeIds, showPiece, topPair, utf8Of } from "../../explain";
import { codeText, textOf } from "../text";

export const TITLE = "Characters, words or tokens?";

export const MAX_TEXT = 80;
export const BPE_MERGES = 40;
export const UNK = "<UNK>";
export const START_TEXT = "the slowest cat played with an unhappy zebra";

/** The fixed training text: the word list and the BPE merges both come from it. */
export const TRAINING_TEXT =
  "the cat sat on the mat. the dog sat on the log. the cat is slow, the dog is slower, " +
  "and the old dog is the slowest of all. the lazy cat jumped over the lazy dog. the dog " +
  "jumped too. she was happy and he was happy. happiness is a warm cat. we are playing, " +
  "they played, you play. the dog was unhappy and unkind. kindness and sadness and happiness.";

export type TokenizerCompareState = { codes: number[] };

const textCodes = codeText({ max: MAX_TEXT, noSurrogates: true });

export const codesOf = textCodes.codesOf;
export { textOf };

export function normalise(p: Record<string, unknown>): TokenizerCompareState {
  return { codes: textCodes.codesFrom(p.text, p.codes, START_TEXT) };
}

export function withText(_s: TokenizerCompareState, text: string): TokenizerCompareState {
  return normalise({ text });
}

/** Words and marks, as a word tokenizer cuts them: "Hi, you!" -> ["Hi", ",", "you", "!"]. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

/** The pieces merges may not cross: a word with its space in front, a number, marks, spaces. */
export function splitChunks(text: string): string[] {
  return text.match(/ ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+/gu) ?? [];
}

/** The word list: every different word of the training text, in small letters. */
export const WORD_LIST: readonly string[] = Array.from(new Set(splitWords(TRAINING_TEXT.toLowerCase())));

export interface LearnedBpe {
  /** The pairs, in the order learned; merge k made the id 256 + k. */
  merges: [number, number][];
  vocab: Map<number, number[]>;
}

/** Learn byte-pair merges on a text cut into chunks first (no merge crosses two chunks). */
export function learnBpe(text: string, merges: number): LearnedBpe {
  const vocab = new Map<number, number[]>();
  for (let b = 0; b < FIRST_NEW_ID; b++) vocab.set(b, [b]);
  let chunks = splitChunks(text).map(utf8Of);
  const learned: [number, number][] = [];
  for (let k = 0; k < merges; k++) {
    // count over all chunks together; a chunk's pairs never reach into the next chunk
    const all = new Map<string, { pair: [number, number]; count: number }>();
    for (const ids of chunks) {
      for (const [key, e] of countPairs(ids)) {
        const seen = all.get(key);
        if (seen) seen.count += e.count;
        else all.set(key, { pair: e.pair, count: e.count });
      }
    }
    const best = topPair(all);
    if (best === null) break;
    const id = FIRST_NEW_ID + k;
    vocab.set(id, [...vocab.get(best.pair[0])!, ...vocab.get(best.pair[1])!]);
    chunks = chunks.map((ids) => mergeIds(ids, best.pair, id).ids);
    learned.push(best.pair);
  }
  return { merges: learned, vocab };
}

let trained: LearnedBpe | null = null;
/** The merges learned on TRAINING_TEXT (made once, on first use). */
export function trainedBpe(): LearnedBpe {
  trained ??= learnBpe(TRAINING_TEXT, BPE_MERGES);
  return trained;
}

/** Encode with learned merges: cut into chunks, then apply the merges in order to each. */
export function encodeBpe(text: string, bpe: LearnedBpe = trainedBpe()): number[] {
  return splitChunks(text).flatMap((chunk) => {
    let ids = utf8Of(chunk);
    bpe.merges.forEach((pair, k) => {
      ids = mergeIds(ids, pair, FIRST_NEW_ID + k).ids;
    });
    return ids;
  });
}

export interface Piece {
  label: string;
  /** A word not in the list (<UNK>), or a byte that is only part of a character. */
  odd: boolean;
}

export interface Way {
  name: string;
  pieces: Piece[];
  /** How many different pieces this sentence uses. */
  different: number;
  /** How big the whole vocabulary of this way is, in words. */
  vocabText: string;
}

export interface TokenizerCompareView {
  text: string;
  ways: Way[];
  unknown: string[];
}

const showText = (s: string) => charsOf(s).map((ch) => (ch === " " ? "␣" : ch)).join("");
const different = (labels: readonly string[]) => new Set(labels).size;

export function compute(s: TokenizerCompareState): TokenizerCompareView {
  const text = textOf(s.codes);
  const chars = charsOf(text);
  const words = splitWords(text);
  const known = new Set(WORD_LIST);
  const wordPieces = words.map((w) => (known.has(w.toLowerCase()) ? w : UNK));
  const bpe = trainedBpe();
  const ids = encodeBpe(text, bpe);
  const bpeLabels = ids.map((id) => showPiece(bpe.vocab.get(id)!));
  return {
    text,
    ways: [
      {
        name: "characters",
        pieces: chars.map((ch) => ({ label: showText(ch), odd: false })),
        different: different(chars),
        vocabText: "every character there is",
      },
      {
        name: "words",
        pieces: wordPieces.map((w) => ({ label: w, odd: w === UNK })),
        different: different(wordPieces),
        vocabText: `${WORD_LIST.length} words + ${UNK} = ${WORD_LIST.length + 1}`,
      },
      {
        name: "BPE tokens",
        pieces: bpeLabels.map((label) => ({ label, odd: label.startsWith("⟨") })),
        different: different(ids.map(String)),
        vocabText: `256 bytes + ${bpe.merges.length} merges = ${256 + bpe.merges.length}`,
      },
    ],
    unknown: Array.from(new Set(words.filter((w) => !known.has(w.toLowerCase())))),
  };
}
