import { describe, expect, it } from "vitest";
import { compute, normalise, takeStep } from "./logic";

describe("backprop-flow", () => {
  it("works the lesson's example: w1 0.5 → 0.564, w2 0.8 → 0.84", () => {
    const r = compute(normalise({}));
    expect(r.n.loss).toBeCloseTo(0.04, 12);
    expect(r.n.grad_w2).toBeCloseTo(-0.4, 12);
    expect(r.n.grad_w1).toBeCloseTo(-0.64, 12);
    expect(r.n.w1).toBeCloseTo(0.564, 12);
    expect(r.n.w2).toBeCloseTo(0.84, 12);
    expect(r.steps[r.steps.length - 1]!.expr).toBe("w1 0.5 → 0.564, w2 0.8 → 0.84, loss 0.04 → 0.0028");
  });
  it("shows more steps in each phase", () => {
    const shown = [1, 2, 3, 4].map((phase) => compute(normalise({ phase })).shown);
    expect(shown).toEqual([2, 4, 8, 12]);
  });
  it("takes a step and the loss goes down", () => {
    const s = normalise({});
    const next = takeStep(s);
    expect(next.phase).toBe(1);
    expect(next.w1).toBeCloseTo(0.564, 12);
    expect(compute(next).n.loss).toBeLessThan(compute(s).n.loss);
  });
});
