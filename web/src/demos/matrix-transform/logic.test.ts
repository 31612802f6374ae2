import { describe, expect, it } from "vitest";
import { apply, compute, normalise } from "./logic";

describe("matrix-transform", () => {
  it("starts by stretching along x", () => {
    expect(normalise({})).toEqual({ m: [2, 0, 0, 1], x: 1, y: 1 });
  });
  it("moves a point by multiplying the matrix with it", () => {
    const r = compute({ m: [2, 0, 0, 1], x: 1, y: 1 });
    expect(r.moved).toEqual([2, 1]);
    expect(r.words).toBe("(1, 1) moves to (2, 1)");
    expect(r.steps[0]!.expr).toBe("2 × 1 + 0 × 1 = 2");
  });
  it("turns the square a quarter turn with [[0, −1], [1, 0]]", () => {
    expect(apply([0, -1, 1, 0], 1, 0)).toEqual([0, 1]);
    expect(compute({ m: [0, -1, 1, 0], x: 1, y: 0 }).square[1]).toEqual([0, 1]);
  });
});
