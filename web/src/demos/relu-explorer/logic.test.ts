import { describe, expect, it } from "vitest";
import { CURVE, compute, reluValue } from "./logic";

describe("relu-explorer", () => {
  it("keeps positive inputs and zeroes negative ones", () => {
    expect(compute({ x: 3.5 }).output).toBe(3.5);
    expect(compute({ x: -2 }).output).toBe(0);
    expect(compute({ x: 0 }).output).toBe(0);
  });
  it("draws the same function the steps explain", () => {
    for (const [x, y] of CURVE) expect(compute({ x }).output).toBe(y);
    expect(reluValue(-0.1)).toBe(0);
  });
});
