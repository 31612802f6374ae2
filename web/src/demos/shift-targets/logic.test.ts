import { describe, expect, it } from "vitest";
import { compute, guessText, inWindow, maxBlock, normalise, withBlock, withText } from "./logic";

describe("shift-targets", () => {
  it("shifts \"To be\" by one: inputs T,o,␣,b and targets o,␣,b,e", () => {
    const v = compute(normalise({ text: "To be", block: 4 }));
    expect(v.inputs).toEqual(["T", "o", " ", "b"]);
    expect(v.targets).toEqual(["o", " ", "b", "e"]);
    expect(v.steps.at(-1)?.value).toBe(4);
    expect(v.windows).toBe(1);
    expect(v.guesses).toBe(4);
  });
  it("lets guess t look at inputs 1 to t only (the causal mask)", () => {
    const s = normalise({ text: "To be", block: 4, pick: 3 });
    const v = compute(s);
    expect(v.seen).toEqual([true, true, true, false]);
    expect(guessText(v, 3)).toEqual({ read: "To␣", target: "b" });
    expect(guessText(v, 1)).toEqual({ read: "T", target: "o" });
  });
  it("moves the window along the text and counts every window", () => {
    const s = normalise({ text: "To be or not to be", block: 4, start: 6 });
    const v = compute(s);
    expect(v.inputs.join("")).toBe("or n");
    expect(v.targets.join("")).toBe("r no");
    expect(v.windows).toBe(14);
    expect(v.guesses).toBe(56);
    expect(inWindow(s, 6)).toBe(true);
    expect(inWindow(s, 10)).toBe(true);
    expect(inWindow(s, 11)).toBe(false);
  });
  it("keeps the block and start inside the text", () => {
    expect(maxBlock(5)).toBe(4);
    expect(normalise({ text: "To be", block: 40, start: 9 })).toMatchObject({ block: 4, start: 0 });
    const s = withText(normalise({ block: 10, start: 5, pick: 9 }), "hey");
    expect(s).toMatchObject({ block: 2, start: 0, pick: 2 });
    expect(withBlock(normalise({ pick: 4 }), 2).pick).toBe(2);
  });
  it("copes with a text too short to make a pair, and with bad codes in a URL", () => {
    expect(compute(normalise({ text: "a" })).ready).toBe(false);
    expect(compute(normalise({ text: "" })).steps).toEqual([]);
    expect(normalise({ codes: [84, 111, 99999999, 5] }).codes).toEqual([84, 111]);
  });
});
