import { describe, expect, it } from "vitest";
import { addValue, compute, normalise, removeValue, MAX_LEN, MIN_LEN } from "./logic";

describe("layer-norm", () => {
  it("normalises the lesson's [2, 4, 6] to about −1.22, 0, 1.22", () => {
    const v = compute(normalise({}));
    expect(v.mean).toBe(4);
    expect(v.variance).toBeCloseTo(8 / 3, 12);
    expect(v.output[0]).toBeCloseTo(-1.2247, 4);
    expect(v.output[1]).toBe(0);
    expect(v.output[2]).toBeCloseTo(1.2247, 4);
    expect(v.steps.at(-1)!.value).toBe(v.output[2]);
  });
  it("gives mean 0 and spread 1 before γ and β, for any numbers", () => {
    const v = compute(normalise({ values: [-3, 0.5, 7, 2, 2] }));
    const mean = v.normalised.reduce((a, b) => a + b, 0) / 5;
    const variance = v.normalised.reduce((a, z) => a + z * z, 0) / 5;
    expect(mean).toBeCloseTo(0, 12);
    expect(variance).toBeCloseTo(1, 4);
  });
  it("scales by γ and shifts by β", () => {
    const v = compute(normalise({ gamma: 2, beta: 1 }));
    expect(v.output[0]).toBeCloseTo(2 * v.normalised[0]! + 1, 12);
    expect(v.output[1]).toBe(1);
  });
  it("does not divide by zero when every number is the same", () => {
    const v = compute(normalise({ values: [3, 3, 3] }));
    expect(v.flat).toBe(true);
    expect(v.output).toEqual([0, 0, 0]);
  });
  it("keeps 3 to 6 numbers, in range", () => {
    expect(normalise({ values: [1] }).values).toHaveLength(MIN_LEN);
    expect(normalise({ values: [1, 2, 3, 4, 5, 6, 7, 8] }).values).toHaveLength(MAX_LEN);
    expect(normalise({ values: [50, -50, 0] }).values).toEqual([10, -10, 0]);
    expect(normalise({ gamma: 9 }).gamma).toBe(3);
    let s = normalise({});
    s = removeValue(s);
    expect(s.values).toHaveLength(3);
    for (let i = 0; i < 5; i++) s = addValue(s);
    expect(s.values).toHaveLength(6);
  });
});
