import { describe, expect, it } from "vitest";
import { bitsOf, compute, flip, normalise } from "./logic";

describe("bits-viewer", () => {
  it("starts from the lesson's number and keeps it a whole number in range", () => {
    expect(normalise({ n: 13 })).toEqual({ n: 13 });
    expect(normalise({ n: 300 })).toEqual({ n: 255 });
    expect(normalise({ n: 4.6 })).toEqual({ n: 5 });
    expect(normalise({})).toEqual({ n: 13 });
  });
  it("shows the eight bits, biggest place first", () => {
    expect(bitsOf(13)).toEqual([0, 0, 0, 0, 1, 1, 0, 1]);
    expect(bitsOf(255)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(compute({ n: 65 }).text).toBe("01000001");
  });
  it("flips one bit, changing the number by its place value", () => {
    expect(flip(13, 2)).toBe(15);
    expect(flip(13, 8)).toBe(5);
  });
  it("works the steps both ways", () => {
    const r = compute({ n: 13 });
    expect(r.toSteps.at(-1)!.expr).toBe("13 → 1101");
    expect(r.backSteps.at(-1)!.value).toBe(13);
  });
});
