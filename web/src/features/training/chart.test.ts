import { describe, expect, it } from "vitest";
import { accuracyPoints, cellShade, fmtPercent, referenceAccuracy, referenceLoss, thin, xExtent, yExtent } from "./chart";

describe("thin", () => {
  it("averages equal runs and keeps the last x of each", () => {
    expect(thin([[1, 4], [2, 2], [3, 3], [4, 1]], 2)).toEqual([[2, 3], [4, 2]]);
  });
  it("returns short curves unchanged", () => {
    expect(thin([[1, 1]], 10)).toEqual([[1, 1]]);
  });
  it("never returns more than the maximum", () => {
    const many = Array.from({ length: 10_001 }, (_, i) => [i, Math.sin(i)] as const);
    const out = thin(many, 400);
    expect(out).toHaveLength(400);
    expect(out.at(-1)![0]).toBe(10_000);
  });
});

describe("extents", () => {
  it("pads the y range and never goes below zero", () => {
    const [lo, hi] = yExtent([[[0, 0.1], [1, 2.1]]]);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(2.2);
  });
  it("has a fallback when there is nothing yet", () => {
    expect(yExtent([[]])).toEqual([0, 1]);
    expect(xExtent([[]])).toEqual([0, 1]);
  });
  it("widens a flat line so it is visible", () => {
    expect(yExtent([[[0, 1], [1, 1]]])).toEqual([0.5, 1.5]);
  });
});

describe("reference curve", () => {
  const ref = { steps: [10, 20], losses: [2, 1], epochs: [1, 2], train_accuracy: [0.5, 0.8], test_accuracy: [0.4, 0.7] };
  it("gives loss points by step and held-out accuracy by epoch", () => {
    expect(referenceLoss(ref)).toEqual([[10, 2], [20, 1]]);
    expect(referenceAccuracy(ref)).toEqual([[1, 0.4], [2, 0.7]]);
    expect(referenceLoss(null)).toEqual([]);
  });
});

describe("formatting", () => {
  it("shows accuracies as percentages and shades cells by share", () => {
    expect(fmtPercent(0.9712)).toBe("97.1 %");
    expect(cellShade(25, 100)).toBe(0.5);
    expect(cellShade(0, 0)).toBe(0);
    expect(accuracyPoints([{ epoch: 1, step: 5, trainAccuracy: 0.9, testAccuracy: null, trainLoss: null, testLoss: null }], "test")).toEqual([]);
  });
});
