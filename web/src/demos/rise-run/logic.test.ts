import { describe, expect, it } from "vitest";
import { compute, normalise, x2, yDomain } from "./logic";

describe("rise-run", () => {
  it("starts at the lesson's example: x² from 1 to 3 has slope 4", () => {
    const r = compute(normalise({}));
    expect([r.y1, r.y2, r.slope]).toEqual([1, 9, 4]);
    expect(r.name).toBe("x²");
  });
  it("gives a straight line the same slope everywhere", () => {
    expect(compute(normalise({ curve: "line", x1: -2, run: 0.5 })).slope).toBeCloseTo(2, 12);
    expect(compute(normalise({ curve: "line", x1: 1.3, run: 3 })).slope).toBeCloseTo(2, 12);
  });
  it("gets closer to the slope at a point as the run shrinks", () => {
    const wide = compute(normalise({ x1: 3, run: 1 })).slope;
    const narrow = compute(normalise({ x1: 3, run: 0.1 })).slope;
    expect(Math.abs(narrow - 6)).toBeLessThan(Math.abs(wide - 6));
  });
  it("keeps x2 in tenths and never equal to x1", () => {
    expect(x2({ curve: "square", x1: 0.1, run: 0.2 })).toBe(0.3);
    expect(normalise({ run: 0 }).run).toBe(0.1);
  });
  it("fits the curve in its axes", () => {
    const [lo, hi] = yDomain("square");
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(36);
  });
});
