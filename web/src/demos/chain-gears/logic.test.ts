import { describe, expect, it } from "vitest";
import { compute, moves, normalise } from "./logic";

describe("chain-gears", () => {
  it("multiplies the rates: 3 × 2 = 6", () => {
    const r = compute(normalise({}));
    expect(r.total).toBe(6);
    expect(r.steps[r.steps.length - 1]!.expr).toBe("3 × 2 = 6");
    expect(r.sentence).toBe("Push A by 1: C moves 6, which is 1 × 6.");
  });
  it("passes a push along the links", () => {
    const s = normalise({ rates: [3, 2, 0.5], links: 3, push: 0.5 });
    expect(moves(s)).toEqual([0.5, 1.5, 3, 1.5]);
    expect(compute(s).total).toBeCloseTo(3, 12);
  });
  it("flips direction with a negative link", () => {
    expect(compute(normalise({ rates: [-2, 1.5] })).total).toBeCloseTo(-3, 12);
  });
  it("clamps links and rates", () => {
    const s = normalise({ links: 9, rates: [10] });
    expect(s.links).toBe(3);
    expect(s.rates).toEqual([3, 1, 1]);
  });
});
