import { describe, expect, it } from "vitest";
import { CELL, OUT, compute, digitImage, kernel, normalise } from "./logic";

describe("filter-on-digit", () => {
  it("starts with a 7, the vertical-edge filter, no shift", () => {
    const s = normalise({});
    expect(s).toEqual({ digit: "seven", filter: "vertical", shift: 0, row: 6, col: 17 });
    expect(OUT).toBe(26);
  });

  it("draws a 28 × 28 digit with pixels 0, 0.5 or 1", () => {
    for (const d of ["seven", "one", "zero"] as const) {
      const img = digitImage(d);
      expect(img).toHaveLength(28);
      expect(img.every((row) => row.length === 28)).toBe(true);
      const values = new Set(img.flat());
      expect([...values].every((v) => v === 0 || v === 0.5 || v === 1)).toBe(true);
      expect(img.flat().filter((v) => v === 1).length).toBeGreaterThan(20);
    }
    expect(digitImage("seven")[6]![10]).toBe(1); // on the top bar
    expect(digitImage("seven")[20]![3]).toBe(0); // far from every stroke
  });

  it("makes a 26 × 26 feature map", () => {
    const v = compute(normalise({}));
    expect(v.map).toHaveLength(26);
    expect(v.map.every((row) => row.length === 26)).toBe(true);
  });

  it("a moved digit gives a moved map", () => {
    const still = compute(normalise({ shift: 0 })).map;
    const moved = compute(normalise({ shift: 3 })).map;
    for (let r = 0; r < OUT; r++) {
      for (let c = 0; c + 3 < OUT; c++) expect(moved[r]![c + 3]).toBeCloseTo(still[r]![c]!, 12);
    }
  });

  it("finds nothing where the picture is flat, and the edges have both signs", () => {
    const v = compute(normalise({ filter: "vertical" }));
    expect(v.map[24]![0]).toBe(0); // bottom-left corner: all dark
    const all = v.map.flat();
    expect(Math.min(...all)).toBeLessThan(0);
    expect(Math.max(...all)).toBeGreaterThan(0);
    expect(v.biggest).toBe(Math.abs(v.peak.value));
    expect(v.biggest).toBe(Math.max(...all.map(Math.abs)));
  });

  it("the horizontal filter lights up the 7's top bar most", () => {
    const v = compute(normalise({ filter: "horizontal" }));
    expect(v.peak.row).toBeGreaterThanOrEqual(2);
    expect(v.peak.row).toBeLessThanOrEqual(6);
  });

  it("blur keeps every map value between 0 and 1", () => {
    const v = compute(normalise({ filter: "blur" }));
    expect(v.map.flat().every((x) => x >= -1e-12 && x <= 1 + 1e-12)).toBe(true);
  });

  it("shows the picked cell's products and its sum", () => {
    const s = normalise({ row: 4, col: 10 });
    const v = compute(s);
    expect(v.steps).toHaveLength(5);
    expect(v.value).toBeCloseTo(v.map[4]![10]!, 12);
    expect(kernel("sharpen")).toEqual([
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ]);
  });

  it("clamps what comes from a link", () => {
    const s = normalise({ digit: "eight", filter: "custom", shift: 9, row: -3, col: 99 });
    expect(s.digit).toBe("seven");
    expect(s.filter).toBe("vertical");
    expect(s.shift).toBe(4);
    expect(s.row).toBe(CELL.min);
    expect(s.col).toBe(CELL.max);
  });
});
