import { describe, expect, it } from "vitest";
import { CURVE, compute, normalise, sigmoidValue } from "./logic";

describe("sigmoid-explorer", () => {
  it("gives one half at zero", () => expect(compute({ x: 0 }).output).toBe(0.5));
  it("agrees with the explained steps everywhere on the curve", () => {
    for (const [x, y] of CURVE) expect(Math.abs(compute({ x }).output - y)).toBeLessThan(1e-15);
  });
  it("stays between 0 and 1", () => {
    expect(sigmoidValue(-10)).toBeGreaterThan(0);
    expect(sigmoidValue(10)).toBeLessThan(1);
  });
  it("clamps the input to the slider", () => expect(normalise({ x: 99 })).toEqual({ x: 10 }));
});
