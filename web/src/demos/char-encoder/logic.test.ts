import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { MAX_TEXT, codesOf, compute, normalise, parseIds, textOf, withText } from "./logic";

describe("char-encoder", () => {
  it("starts with hello world and its sorted vocabulary", () => {
    const view = compute(normalise({}));
    expect(view.text).toBe("hello world");
    expect(view.vocab).toEqual([" ", "d", "e", "h", "l", "o", "r", "w"]);
    expect(view.textIds).toEqual([3, 2, 4, 4, 5, 0, 7, 5, 6, 4, 1]);
  });
  it("decodes the starting ids to a word", () => {
    expect(compute(normalise({ text: "hello world", ids: [7, 5, 6, 1] })).decodedText).toBe("word");
  });
  it("round-trips: decoding the text's own ids gives the text back", () => {
    const s = normalise({ text: "a cat, a hat: yes!" });
    const view = compute(s);
    expect(compute({ ...s, ids: view.textIds }).decodedText).toBe("a cat, a hat: yes!");
  });
  it("marks ids that no character has", () => {
    const view = compute(normalise({ text: "hello world", ids: [3, 9, 2, 9] }));
    expect(view.decodedText).toBe("h?e?");
    expect(view.unknownIds).toEqual([9]);
  });
  it("shows the one-hot row of the picked character", () => {
    const view = compute(normalise({ text: "hello world", pick: 5 }));
    expect(view.oneHot).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
  });
  it("keeps the pick inside a smaller vocabulary", () => {
    const s = withText(normalise({ text: "hello world", pick: 7 }), "aab");
    expect(s.pick).toBe(1);
  });
  it("cuts long texts and copes with an empty one", () => {
    expect(codesOf("x".repeat(100))).toHaveLength(MAX_TEXT);
    const view = compute(normalise({ text: "" }));
    expect(view.vocab).toEqual([]);
    expect(view.steps).toEqual([]);
    expect(view.decodedText).toBe("????");
  });
  it("survives the URL, commas and colons included", () => {
    const s = normalise({ text: "yes, no: maybe", ids: [1, 2] });
    const back = normalise({ ...s, ...decodeState(encodeState(s), s) });
    expect(textOf(back.codes)).toBe("yes, no: maybe");
    expect(back.ids).toEqual([1, 2]);
  });
  it("reads typed ids and sets aside what is not an id", () => {
    expect(parseIds("3, 2,4  x 500")).toEqual({ ids: [3, 2, 4], bad: ["x", "500"] });
    expect(parseIds("")).toEqual({ ids: [], bad: [] });
  });
});
