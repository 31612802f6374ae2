import { describe, expect, it } from "vitest";
import { compute, grid, normalise } from "./logic";

describe("matmul-grid", () => {
  it("starts with the textbook example and clamps the picked cell", () => {
    expect(normalise({})).toEqual({ a: [1, 2, 3, 4], b: [5, 6, 7, 8], row: 1, col: 1 });
    expect(normalise({ row: 5, col: 0 })).toMatchObject({ row: 2, col: 1 });
  });
  it("keeps a flat list as rows", () => {
    expect(grid([1, 2, 3, 4])).toEqual([[1, 2], [3, 4]]);
  });
  it("multiplies the grids and explains the picked cell", () => {
    const r = compute({ a: [1, 2, 3, 4], b: [5, 6, 7, 8], row: 2, col: 1 });
    expect(r.answer).toEqual([[19, 22], [43, 50]]);
    expect(r.picked[0]!.expr).toBe("3 × 5 + 4 × 7 = 43");
  });
});
