import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("power-calculator", () => {
  it("clamps and keeps the power whole", () => {
    expect(normalise({ base: 20, exponent: 2.6 })).toEqual({ base: 10, exponent: 3 });
    expect(normalise({})).toEqual({ base: 2, exponent: 3 });
  });
  it("works out 2 to the power 3 step by step", () => {
    const r = compute({ base: 2, exponent: 3 });
    expect(r.value).toBe(8);
    expect(r.written).toBe("2 × 2 × 2");
    expect(r.steps.map((s) => s.expr)).toEqual(["2", "2 × 2 = 4", "4 × 2 = 8", "2^3 = 8"]);
  });
  it("handles the power 0 and negative powers", () => {
    expect(compute({ base: 7, exponent: 0 }).value).toBe(1);
    expect(compute({ base: 2, exponent: -1 }).value).toBe(0.5);
  });
});
