import { describe, expect, it } from "vitest";
import { compute, gridOf, makeCells, newNumbers, normalise, setCell, windowCount, withShape } from "./logic";

const MAP = [1, 3, 2, 0, 5, 1, 4, 2, 1, 5, 0, 2, 0, 6, 3, 1, 2, 0, 2, 1, 0, 2, 7, 1, 3, 0, 1, 4, 2, 3, 1, 2, 8, 0, 1, 9];

describe("pool-grid", () => {
  it("keeps the biggest of each 2 by 2 window and halves the map", () => {
    const v = compute(normalise({ cells: MAP }));
    expect(v.outSide).toBe(3);
    expect(v.out).toEqual([
      [4, 5, 5],
      [6, 3, 7],
      [3, 8, 9],
    ]);
    expect(v.windows[0]!.text).toBe("max(1, 3, 4, 2) = 4");
    expect(v.skipped).toBe(0);
  });
  it("averages the window when asked", () => {
    const v = compute(normalise({ cells: MAP, kind: "average" }));
    expect(v.out[0]![0]).toBe(2.5);
    expect(v.windows[0]!.text).toBe("(1 + 3 + 4 + 2) ÷ 4 = 2.5");
  });
  it("follows the size rule, and says when the far edge is skipped", () => {
    const v = compute(normalise({ cells: MAP, size: 3, stride: 2 }));
    expect(v.outSide).toBe(2); // (6 - 3) ÷ 2 = 1.5 -> 1, + 1 = 2
    expect(v.skipped).toBe(1);
    expect(v.sizeSteps[v.sizeSteps.length - 1]!.value).toBe(2);
    expect(v.cover[5]).toBe(0); // column 6 of row 1 is in no window
  });
  it("overlaps windows when the stride is smaller than the window", () => {
    const v = compute(normalise({ cells: MAP, size: 2, stride: 1 }));
    expect(v.outSide).toBe(5);
    expect(Math.max(...v.cover)).toBe(4);
  });
  it("makes the same numbers for the same seed, and new ones on request", () => {
    expect(makeCells(6, 3)).toEqual(makeCells(6, 3));
    const s = normalise({ seed: 3 });
    expect(s.cells).toHaveLength(36);
    expect(s.cells.every((x) => Number.isInteger(x) && x >= 0 && x <= 9)).toBe(true);
    const next = newNumbers(s);
    expect(next.seed).toBe(4);
    expect(next.cells).not.toEqual(s.cells);
  });
  it("edits one cell, clamped to 0..9", () => {
    const s = setCell(normalise({ cells: MAP }), 0, 42);
    expect(gridOf(s)[0]![0]).toBe(9);
    expect(compute(s).out[0]![0]).toBe(9);
  });
  it("keeps the picked window in range when the shape changes", () => {
    const s = normalise({ side: 8, size: 2, stride: 1, pick: 48 });
    expect(windowCount(s)).toBe(49);
    expect(s.pick).toBe(48);
    const smaller = withShape(s, { stride: 2 });
    expect(smaller.pick).toBe(15);
    expect(withShape(s, { side: 6 }).cells).toHaveLength(36);
  });
  it("fills gaps and clamps", () => {
    const s = normalise({});
    expect(s).toMatchObject({ side: 6, size: 2, stride: 2, kind: "max", pick: 0, seed: 1 });
    expect(normalise({ side: 100, size: 9, stride: 0, kind: "min" })).toMatchObject({ side: 8, size: 3, stride: 1, kind: "max" });
    expect(normalise({ side: 8, cells: MAP }).cells).toHaveLength(64);
  });
});
