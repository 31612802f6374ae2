import { describe, expect, it } from "vitest";
import { barPosition, compute, normalise, verdict } from "./logic";

describe("target-error", () => {
  it("starts at the lesson's example: output 0.5, error -0.3", () => {
    const r = compute(normalise({}));
    expect(r.output).toBeCloseTo(0.5, 12);
    expect(r.error).toBeCloseTo(-0.3, 12);
    expect(r.verdict).toBe("too low");
  });
  it("says too high when the output passes the target", () => {
    const r = compute(normalise({ weights: [0.2, 0.2] }));
    expect(r.error).toBeCloseTo(0.2, 12);
    expect(r.verdict).toBe("too high");
  });
  it("finds the exact answer", () => {
    expect(compute(normalise({ weights: [0.1, 0.2] })).verdict).toBe("just right");
    expect(verdict(1e-12)).toBe("just right");
  });
  it("clamps props into range and keeps two inputs", () => {
    const s = normalise({ inputs: [9], weights: [5, -5, 1], target: "x" });
    expect(s.inputs).toEqual([5, 1]);
    expect(s.weights).toEqual([1, -1]);
    expect(s.target).toBe(0.8);
  });
  it("puts 0 in the middle of the bar", () => {
    expect(barPosition(0)).toBe(0.5);
    expect(barPosition(1e9)).toBe(1);
  });
});
