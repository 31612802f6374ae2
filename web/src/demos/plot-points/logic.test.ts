import { describe, expect, it } from "vitest";
import { guides, normalise, steps } from "./logic";

describe("plot-points", () => {
  it("starts at (2, 4) and clamps", () => {
    expect(normalise({})).toEqual({ x: 2, y: 4 });
    expect(normalise({ x: 9, y: -9 })).toEqual({ x: 5, y: -5 });
  });
  it("says the moves in words", () => {
    expect(steps({ x: 2, y: 4 }).map((s) => s.expr)).toEqual(["(0, 0)", "go right 2", "go up 4", "(2, 4)"]);
    expect(steps({ x: -1.5, y: 0 }).map((s) => s.expr)).toEqual(["(0, 0)", "go left 1.5", "do not move", "(−1.5, 0)"]);
  });
  it("draws the path along, then up", () => {
    expect(guides({ x: 2, y: 4 })).toEqual([[[0, 0], [2, 0]], [[2, 0], [2, 4]]]);
  });
});
