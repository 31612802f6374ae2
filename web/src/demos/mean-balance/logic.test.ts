import { describe, expect, it } from "vitest";
import { add, compute, normalise, remove } from "./logic";

describe("mean-balance", () => {
  it("starts with [2, 4, 9] and clamps", () => {
    expect(normalise({})).toEqual({ values: [2, 4, 9] });
    expect(normalise({ values: [20, -3] })).toEqual({ values: [10, 0] });
  });
  it("finds the mean, and the pulls on each side balance", () => {
    const r = compute({ values: [2, 4, 9] });
    expect(r.m).toBe(5);
    expect(r.pulls.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(r.steps.map((s) => s.expr)).toEqual(["2 + 4 + 9 = 15", "15 ÷ 3 = 5"]);
  });
  it("adds and removes numbers within limits", () => {
    expect(add({ values: [1] }).values).toEqual([1, 5]);
    expect(remove({ values: [1] }).values).toEqual([1]);
    expect(add({ values: [1, 1, 1, 1, 1, 1] }).values).toHaveLength(6);
  });
});
