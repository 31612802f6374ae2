import { describe, expect, it } from "vitest";
import { compute, nameInputs, normalise } from "./logic";

describe("weight-importance", () => {
  it("splits the sizes of the products into shares that add to 100 %", () => {
    const r = compute(normalise({ inputs: [5, 2, 8], weights: [0.2, 0.5, 0.1] }));
    expect(r.shares.map((s) => s.product)).toEqual([1, 1, 0.8]);
    expect(r.shares.reduce((a, s) => a + s.percent, 0)).toBeCloseTo(100, 10);
    expect(r.sum).toBeCloseTo(2.8, 12);
  });
  it("counts a negative product by its size and marks it", () => {
    const r = compute({ inputs: [2, 2], weights: [-1, 1] });
    expect(r.shares.map((s) => s.share)).toEqual([0.5, 0.5]);
    expect(r.shares[0]!.negative).toBe(true);
  });
  it("names the biggest input, and none when all weights are zero", () => {
    expect(compute({ inputs: [1, 4], weights: [1, 1] }).biggest).toEqual([1]);
    const zero = compute({ inputs: [1, 4], weights: [0, 0] });
    expect(zero.biggest).toEqual([]);
    expect(zero.shares.map((s) => s.share)).toEqual([0, 0]);
  });
});

describe("nameInputs", () => {
  it("names ties together", () => {
    expect(compute(normalise({ inputs: [5, 2, 8], weights: [0.2, 0.5, 0.1] })).biggest).toEqual([0, 1]);
    expect(nameInputs([1])).toBe("input 2");
    expect(nameInputs([0, 1])).toBe("inputs 1 and 2");
    expect(nameInputs([0, 1, 2])).toBe("inputs 1, 2 and 3");
  });
});
