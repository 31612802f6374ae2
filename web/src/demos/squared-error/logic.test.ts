import { describe, expect, it } from "vitest";
import { compute, curve, normalise, sideOf } from "./logic";

describe("squared-error", () => {
  it("starts at the lesson's numbers: error -0.3, loss 0.09", () => {
    const r = compute(normalise({}));
    expect(r.error).toBeCloseTo(-0.3, 12);
    expect(r.loss).toBeCloseTo(0.09, 12);
  });
  it("gives the same loss for errors of -1 and 1", () => {
    expect(compute({ prediction: 0, target: 1 }).loss).toBe(compute({ prediction: 2, target: 1 }).loss);
  });
  it("is 0 only when the prediction hits the target", () => {
    expect(compute({ prediction: 0.8, target: 0.8 }).loss).toBe(0);
    expect(sideOf(0)).toBe("right on the target");
  });
  it("draws a U with its bottom at error 0", () => {
    const pts = curve();
    const low = pts.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(low[0]).toBeCloseTo(0, 9);
    expect(pts[0]![1]).toBe(16);
  });
  it("clamps props", () => {
    expect(normalise({ prediction: 9, target: "no" })).toEqual({ prediction: 2, target: 0.8 });
  });
});
