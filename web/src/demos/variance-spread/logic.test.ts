import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("variance-spread", () => {
  it("starts with [2, 4, 9] and keeps at least two numbers", () => {
    expect(normalise({})).toEqual({ values: [2, 4, 9] });
    expect(normalise({ values: [3] })).toEqual({ values: [3, 5] });
  });
  it("works out the mean, the squared gaps and the variance", () => {
    const r = compute({ values: [2, 4, 9] });
    expect(r.m).toBe(5);
    expect(r.gaps).toEqual([9, 1, 16]);
    expect(r.variance).toBeCloseTo(26 / 3, 12);
    expect(r.sd).toBeCloseTo(Math.sqrt(26 / 3), 12);
  });
  it("is 0 when all the numbers are the same", () => {
    expect(compute({ values: [5, 5, 5] }).variance).toBe(0);
  });
});
