import { describe, expect, it } from "vitest";
import { barPosition, compute, normalise, stepsToVanish, verdict } from "./logic";

describe("vanishing-slope", () => {
  it("starts at the lesson's example: 0.5 for 10 steps", () => {
    const s = normalise({});
    expect(s).toEqual({ factor: 0.5, steps: 10 });
    const v = compute(s);
    expect(v.value).toBeCloseTo(0.0009765625, 15);
    expect(v.verdict).toBe("vanishes");
    expect(v.rows.map((r) => r.back)).toEqual([1, 2, 3, 4, 5, 10]);
    expect(v.gap).toBe(true);
    expect(v.steps[v.steps.length - 1]!.expr).toBe("0.5^10 = 0.000977");
  });

  it("explodes with a factor above 1 over many steps", () => {
    const v = compute(normalise({ factor: 1.5, steps: 50 }));
    expect(v.verdict).toBe("explodes");
    expect(v.value).toBeGreaterThan(1e8);
  });

  it("survives with a factor of 1", () => {
    expect(compute(normalise({ factor: 1, steps: 50 })).verdict).toBe("survives");
  });

  it("shows every row when there are few steps", () => {
    const v = compute(normalise({ factor: 0.9, steps: 3 }));
    expect(v.rows.map((r) => r.back)).toEqual([1, 2, 3]);
    expect(v.gap).toBe(false);
  });

  it("clamps and rounds what comes from the URL", () => {
    expect(normalise({ factor: 9, steps: 0 })).toEqual({ factor: 1.5, steps: 1 });
    expect(normalise({ factor: 0.333, steps: 7.6 })).toEqual({ factor: 0.33, steps: 8 });
  });

  it("draws values on a log-like bar", () => {
    expect(barPosition(1)).toBe(0.5);
    expect(barPosition(1e-20)).toBe(0);
    expect(barPosition(1e20)).toBe(1);
    expect(barPosition(0)).toBe(0);
  });

  it("says where the words change", () => {
    expect(verdict(0.009)).toBe("vanishes");
    expect(verdict(101)).toBe("explodes");
    expect(verdict(5)).toBe("survives");
    expect(stepsToVanish(0.5)).toBe(7);
    expect(stepsToVanish(1)).toBeNull();
  });
});
