import { describe, expect, it } from "vitest";
import { XS, compute, line, normalise } from "./logic";

describe("line-builder", () => {
  it("starts with y = 2x and three dots", () => {
    expect(normalise({})).toEqual({ m: 2, c: 0, count: 3 });
  });
  it("works out one dot per x", () => {
    const r = compute({ m: 2, c: 1, count: 3 });
    expect(r.points).toEqual([{ x: -3, y: -5 }, { x: -2, y: -3 }, { x: -1, y: -1 }]);
    expect(r.full).toBe(false);
    expect(compute({ m: 2, c: 1, count: XS.length }).full).toBe(true);
  });
  it("draws the line through every dot", () => {
    const s = { m: -0.5, c: 2, count: 7 };
    const [[x0, y0], [x1, y1]] = line(s) as [[number, number], [number, number]];
    for (const p of compute(s).points) {
      expect(y0 + ((p.x - x0) * (y1 - y0)) / (x1 - x0)).toBeCloseTo(p.y, 10);
    }
  });
});
