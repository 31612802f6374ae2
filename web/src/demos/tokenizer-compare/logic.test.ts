import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { BPE_MERGES, MAX_TEXT, UNK, WORD_LIST, codesOf, compute, encodeBpe, learnBpe, normalise, splitChunks, splitWords, textOf, trainedBpe } from "./logic";

const labels = (text: string, way: number) => compute(normalise({ text })).ways[way]!.pieces.map((p) => p.label);

describe("tokenizer-compare", () => {
  it("starts with a sentence that has a word the word list lacks", () => {
    const view = compute(normalise({}));
    expect(view.text).toBe("the slowest cat played with an unhappy zebra");
    expect(view.unknown).toEqual(["with", "an", "zebra"]);
    expect(WORD_LIST).toContain("unhappy");
    expect(view.ways.map((w) => w.name)).toEqual(["characters", "words", "BPE tokens"]);
  });
  it("cuts by characters, one piece each, with the space shown as ␣", () => {
    expect(labels("a cat", 0)).toEqual(["a", "␣", "c", "a", "t"]);
    expect(compute(normalise({ text: "a cat" })).ways[0]!.different).toBe(4);
  });
  it("gives <UNK> for a word that is not in the word list", () => {
    expect(labels("the zebra sat.", 1)).toEqual(["the", UNK, "sat", "."]);
    expect(compute(normalise({ text: "The cat" })).unknown).toEqual([]);
  });
  it("learns BPE merges that never cross a word", () => {
    const bpe = trainedBpe();
    expect(bpe.merges).toHaveLength(BPE_MERGES);
    for (const piece of bpe.vocab.values()) expect(new TextDecoder().decode(new Uint8Array(piece)).trim()).not.toMatch(/\s/);
  });
  it("cuts a new word into learned pieces, never <UNK>", () => {
    expect(labels("unhappiness", 2).join("")).toBe("unhappiness");
    expect(labels("unhappiness", 2).length).toBeLessThan(11);
    expect(labels("🙂", 2)).toEqual(["⟨240⟩", "⟨159⟩", "⟨153⟩", "⟨130⟩"]);
  });
  it("matches the lesson's three merges on its tiny text", () => {
    const bpe = learnBpe("low lower lowest low", 3);
    expect(bpe.merges).toEqual([
      [108, 111],
      [256, 119],
      [32, 257],
    ]);
    expect(encodeBpe("slower", bpe)).toEqual([115, 257, 101, 114]);
  });
  it("splits words and chunks as real tokenizers do", () => {
    expect(splitWords("Hi, you!")).toEqual(["Hi", ",", "you", "!"]);
    expect(splitChunks("the cat, 42")).toEqual(["the", " cat", ",", " 42"]);
  });
  it("is shorter by BPE than by characters for common words", () => {
    const view = compute(normalise({ text: "the cat sat on the mat" }));
    expect(view.ways[2]!.pieces.length).toBeLessThan(view.ways[0]!.pieces.length);
  });
  it("copes with an empty sentence and cuts long ones", () => {
    const view = compute(normalise({ text: "" }));
    expect(view.ways.every((w) => w.pieces.length === 0)).toBe(true);
    expect(codesOf("y".repeat(300))).toHaveLength(MAX_TEXT);
  });
  it("survives the URL, commas and colons included", () => {
    const s = normalise({ text: "yes, no: maybe" });
    const back = normalise({ ...s, ...decodeState(encodeState(s), s) });
    expect(textOf(back.codes)).toBe("yes, no: maybe");
  });
});
