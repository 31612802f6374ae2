import { describe, expect, it } from "vitest";
import { compute, flatNormalised, normalise, rowCol, setCell, withSide } from "./logic";

describe("flatten-grid", () => {
  it("starts with a 4 × 4 picture and row 1, column 2 picked", () => {
    const s = normalise({});
    expect(s.side).toBe(4);
    expect(s.cells).toHaveLength(16);
    expect(rowCol(s.cell, s.side)).toEqual({ row: 1, col: 2 });
  });
  it("finds the flat position as row × width + column", () => {
    const s = normalise({ side: 4, cell: 6 });
    const v = compute(s);
    expect(v.index).toBe(6);
    expect(v.indexSteps.map((x) => x.expr)).toEqual(["1 × 4 = 4", "4 + 2 = 6"]);
    for (let i = 0; i < 16; i++) expect(compute({ ...s, cell: i }).index).toBe(i);
  });
  it("lays the rows end to end and divides by 255", () => {
    const s = normalise({ side: 2, cells: [0, 51, 255, 102], cell: 0 });
    expect(flatNormalised(s)).toEqual([0, 0.2, 1, 0.4]);
    expect(compute({ ...s, cell: 1 }).pixelSteps.map((x) => x.expr)).toEqual(["51 ÷ 255 = 0.2"]);
  });
  it("clamps sizes, brightness and the picked cell", () => {
    const s = normalise({ side: 9, cells: [300, -4], cell: 99 });
    expect(s.side).toBe(5);
    expect(s.cells).toHaveLength(25);
    expect(s.cells.slice(0, 2)).toEqual([255, 0]);
    expect(s.cell).toBe(24);
  });
  it("changes one cell and picks it", () => {
    const s = setCell(normalise({}), 0, 300);
    expect(s.cells[0]).toBe(255);
    expect(s.cell).toBe(0);
  });
  it("keeps the picture's top-left corner when the size changes", () => {
    const s = withSide(normalise({}), 2);
    expect(s.cells).toEqual([0, 0, 0, 150]);
    expect(rowCol(s.cell, 2)).toEqual({ row: 1, col: 1 });
    const bigger = withSide(s, 3);
    expect(bigger.cells).toEqual([0, 0, 0, 0, 150, 0, 0, 0, 0]);
  });
});
