import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { MAX_MERGES, MAX_TEXT, codesOf, compute, normalise, textOf, withMerges, withText } from "./logic";

describe("bpe-merges", () => {
  it("starts with the lesson's text, one token per byte", () => {
    const view = compute(normalise({}));
    expect(view.text).toBe("low lower lowest low");
    expect(view.characters).toBe(20);
    expect(view.tokens).toHaveLength(20);
    expect(view.merges).toEqual([]);
    expect(view.vocabSize).toBe(256);
  });
  it("shows the top pairs, the tie in the order first seen", () => {
    const view = compute(normalise({}));
    expect(view.top.map((r) => `${r.left}${r.right}:${r.count}`)).toEqual(["lo:4", "ow:4", "␣l:3", "we:2", "w␣:1"]);
  });
  it("learns lo, low and ␣low in three merges, as the worked example", () => {
    const view = compute(normalise({ merges: 3 }));
    expect(view.merges.map((m) => [m.token, m.id, m.count])).toEqual([
      ["lo", 256, 4],
      ["low", 257, 4],
      ["␣low", 258, 3],
    ]);
    expect(view.merges[0]!.tied).toBe(true);
    expect(view.tokens.map((t) => t.label).join(" ")).toBe("low ␣low e r ␣low e s t ␣low");
    expect(view.tokens).toHaveLength(9);
    expect(view.vocabSize).toBe(259);
    expect(view.steps.at(-1)!.value).toBe(9);
  });
  it("merges once and five times, and clamps to the slider's range", () => {
    const s = normalise({});
    expect(withMerges(s, 1).merges).toBe(1);
    expect(withMerges(withMerges(s, 1), 6).merges).toBe(6);
    expect(withMerges(s, 99).merges).toBe(MAX_MERGES);
    expect(withMerges(s, -3).merges).toBe(0);
  });
  it("stops when the text is one token", () => {
    const view = compute(normalise({ text: "aaaa", merges: 5 }));
    expect(view.tokens.map((t) => t.label)).toEqual(["aaaa"]);
    expect(view.merges).toHaveLength(2);
    expect(view.stoppedEarly).toBe(true);
  });
  it("counts bytes apart from characters and shows half characters by number", () => {
    const view = compute(normalise({ text: "é é" }));
    expect(view.characters).toBe(3);
    expect(view.bytes).toBe(5);
    expect(view.tokens.map((t) => t.label)).toEqual(["⟨195⟩", "⟨169⟩", "␣", "⟨195⟩", "⟨169⟩"]);
    expect(compute(normalise({ text: "é é", merges: 1 })).tokens.map((t) => t.label)).toEqual(["é", "␣", "é"]);
  });
  it("starts again from 0 merges for a new text, and copes with an empty one", () => {
    const s = withText(normalise({ merges: 4 }), "banana");
    expect(s.merges).toBe(0);
    const empty = compute(normalise({ text: "" }));
    expect(empty.tokens).toEqual([]);
    expect(empty.top).toEqual([]);
    expect(empty.steps).toEqual([]);
    expect(codesOf("x".repeat(200))).toHaveLength(MAX_TEXT);
  });
  it("survives the URL, commas and colons included", () => {
    const s = normalise({ text: "a:b, a:b", merges: 2 });
    const back = normalise({ ...s, ...decodeState(encodeState(s), s) });
    expect(textOf(back.codes)).toBe("a:b, a:b");
    expect(back.merges).toBe(2);
  });
});
