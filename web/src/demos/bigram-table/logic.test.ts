import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { START_TEXT, WRITE, compute, nextChar, normalise, rowChars, textOf, withText, write } from "./logic";

describe("bigram-table", () => {
  it("starts on the rhyme with t as the first character", () => {
    const view = compute(normalise({}));
    expect(view.text).toBe(START_TEXT);
    expect(view.first).toBe("t");
    expect(view.table.map((r) => [r.char, r.count])).toEqual([
      [" ", 2],
      [".", 1],
      ["h", 6],
      ["o", 1],
    ]);
    expect(view.total).toBe(10);
    expect(view.best).toBe("h");
    expect(view.table.find((r) => r.char === "h")!.chanceText).toBe("0.6");
  });
  it("shows chances that add up to 1", () => {
    const view = compute(normalise({ first: "e" }));
    expect(view.table.reduce((t, r) => t + r.chance, 0)).toBeCloseTo(1, 12);
    expect(view.best).toBe(" ");
  });
  it("writes the the the when greedy", () => {
    const out = compute({ ...normalise({}), runs: 1 }).written!;
    expect(out.text).toHaveLength(WRITE + 1);
    expect(out.text.startsWith("the the the the")).toBe(true);
  });
  it("gives the same text for the same seed, and variety across seeds", () => {
    const a = write(START_TEXT, "t", WRITE, "sample", 3).text;
    expect(write(START_TEXT, "t", WRITE, "sample", 3).text).toBe(a);
    const tries = new Set([1, 2, 3, 4, 5].map((seed) => write(START_TEXT, "t", WRITE, "sample", seed).text));
    expect(tries.size).toBeGreaterThan(1);
  });
  it("samples only characters that really came next", () => {
    for (let i = 0; i < 50; i++) expect(["h", " ", ".", "o"]).toContain(nextChar(START_TEXT, "t", "sample", () => i / 50));
  });
  it("stops when nothing ever follows", () => {
    expect(write("abc", "a", 10, "greedy", 1)).toEqual({ text: "abc", stuck: true });
  });
  it("only offers characters that have a next character", () => {
    expect(rowChars("abca")).toEqual(["a", "b", "c"]);
    expect(rowChars("abc")).toEqual(["a", "b"]);
    expect(compute(normalise({ text: "x" })).rows).toEqual([]);
  });
  it("moves the first character when the text loses it", () => {
    const s = withText(normalise({ first: "q" }), "banana");
    expect(String.fromCodePoint(s.first)).toBe("a");
  });
  it("survives the URL, new lines and commas included", () => {
    const s = normalise({ text: "a, b:\nc", first: "," });
    const back = normalise({ ...s, ...decodeState(encodeState(s), s) });
    expect(textOf(back.codes)).toBe("a, b:\nc");
    expect(String.fromCodePoint(back.first)).toBe(",");
  });
});
