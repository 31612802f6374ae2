import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("gradient-knobs", () => {
  it("gives the lesson's gradient: -19.2 for the weight, -9.6 for the bias", () => {
    const r = compute(normalise({}));
    expect(r.loss).toBeCloseTo(23.04, 9);
    expect(r.knobs.map((k) => k.byShortcut)).toEqual([-19.2, -9.6].map((v) => expect.closeTo(v, 9)));
    expect(r.knobs[0]!.advice).toBe("Make the weight bigger to lower the loss.");
  });
  it("matches the nudge to within a little", () => {
    for (const k of compute(normalise({ x: -1.5, target: 2, w: 0.4, b: -0.5 })).knobs) {
      expect(Math.abs(k.byNudge - k.byShortcut)).toBeLessThan(0.01);
    }
  });
  it("is flat at a perfect fit", () => {
    const r = compute(normalise({ x: 2, target: 5, w: 2, b: 1 }));
    expect(r.loss).toBe(0);
    expect(r.knobs[1]!.advice).toBe("The loss is flat for the bias: leave it.");
  });
});
