import { describe, expect, it } from "vitest";
import { DEFAULT_VALUES, averageSum, compute, makeMask, maskOf, nextSeed, normalise, rng } from "./logic";

describe("dropout-mask", () => {
  it("keeps every output when the rate is 0", () => {
    const v = compute(normalise({ rate: 0 }));
    expect(v.dropped).toBe(0);
    expect(v.after).toEqual(DEFAULT_VALUES);
    expect(v.sumAfter).toBeCloseTo(v.sumBefore, 12);
  });
  it("drops some, zeroes them, and scales the kept ones by 1 / (1 - rate)", () => {
    const s = normalise({ rate: 0.5, seed: 4 });
    const v = compute(s);
    expect(v.scale).toBe(2);
    s.values.forEach((x, i) => expect(v.after[i]).toBeCloseTo(v.mask[i] === 1 ? 2 * x : 0, 12));
    expect(v.dropped).toBe(v.mask.filter((m) => m === 0).length);
    expect(v.sumUnscaled * 2).toBeCloseTo(v.sumAfter, 12);
  });
  it("drops about a share `rate` of outputs over many masks", () => {
    const random = rng(3);
    let dropped = 0;
    for (let t = 0; t < 1000; t++) dropped += makeMask(10, 0.3, random).filter((m) => m === 0).length;
    expect(dropped / 10000).toBeGreaterThan(0.27);
    expect(dropped / 10000).toBeLessThan(0.33);
  });
  it("keeps the sum the same on average", () => {
    const before = DEFAULT_VALUES.reduce((a, b) => a + b, 0);
    for (const rate of [0.2, 0.5, 0.8]) {
      expect(Math.abs(averageSum(DEFAULT_VALUES, rate, 1) - before) / before).toBeLessThan(0.05);
    }
  });
  it("drops nothing and scales nothing at test time", () => {
    const v = compute(normalise({ rate: 0.7, mode: "test" }));
    expect(v.mask.every((m) => m === 1)).toBe(true);
    expect(v.after).toEqual(DEFAULT_VALUES);
    expect(v.scale).toBe(1);
  });
  it("gives the same mask for the same seed", () => {
    const s = normalise({ rate: 0.5, seed: 9 });
    expect(maskOf(s)).toEqual(maskOf(s));
    const masks = new Set(Array.from({ length: 20 }, (_, k) => maskOf({ ...s, seed: k + 1 }).join("")));
    expect(masks.size).toBeGreaterThan(10);
  });
  it("shows the same numbers as the worked steps", () => {
    const v = compute(normalise({ rate: 0.25, seed: 2 }));
    expect(v.steps[v.steps.length - 1]!.value).toBeCloseTo(v.sumAfter, 12);
  });
  it("fills gaps and clamps", () => {
    expect(normalise({})).toEqual({ values: DEFAULT_VALUES, rate: 0.5, seed: 1, mode: "training" });
    expect(normalise({ rate: 2, seed: 5000, mode: "later" })).toMatchObject({ rate: 0.9, seed: 999, mode: "training" });
    expect(normalise({ rate: 0.33 }).rate).toBe(0.35);
    expect(nextSeed(999)).toBe(1);
  });
});
