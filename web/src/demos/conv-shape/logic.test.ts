import { describe, expect, it } from "vitest";
import { compute, normalise, placesPerRow, squareKind, withPlace } from "./logic";

describe("conv-shape", () => {
  it("keeps the image size with a 3 by 3 filter and padding 1", () => {
    const v = compute(normalise({ n: 12, k: 3, p: 1, s: 1 }));
    expect(v.out).toBe(12);
    expect(v.steps.map((s) => s.expr)).toEqual(["12 + 2 × 1 = 14", "14 − 3 = 11", "11 ÷ 1 = 11", "11 + 1 = 12"]);
  });
  it("rounds down and warns when the stride does not divide the room", () => {
    const v = compute(normalise({ n: 6, k: 3, p: 0, s: 2 }));
    expect(v.out).toBe(2); // (6 - 3) ÷ 2 = 1.5 -> 1, + 1 = 2
    expect(v.skipped).toBe(1);
    expect(v.warnings[0]).toContain("round down");
    expect(v.starts).toEqual([0, 2]);
  });
  it("works out 5, k 3, p 1, s 2 -> 3", () => {
    const v = compute(normalise({ n: 5, k: 3, p: 1, s: 2 }));
    expect(v.out).toBe(3);
    expect(v.warnings).toEqual([]);
  });
  it("says in plain words when the filter does not fit", () => {
    const v = compute(normalise({ n: 3, k: 7, p: 1 }));
    expect(v.fits).toBe(false);
    expect(v.out).toBe(0);
    expect(v.steps).toEqual([]);
    expect(v.warnings[0]).toContain("does not fit");
  });
  it("counts the numbers made by many filters", () => {
    const v = compute(normalise({ n: 12, k: 3, filters: 8 }));
    expect(v.outputs).toBe(10 * 10 * 8);
  });
  it("marks padding, image and never-covered squares", () => {
    const s = normalise({ n: 6, k: 3, p: 1, s: 2 });
    const v = compute(s);
    expect(v.padded).toBe(8);
    expect(squareKind(s, v, 0, 0)).toBe("pad");
    expect(squareKind(s, v, 1, 1)).toBe("image");
    expect(squareKind(s, v, 7, 3)).toBe("skipped"); // (8 - 3) ÷ 2 = 2.5: one row left over
  });
  it("moves the filter to the chosen place", () => {
    const s = withPlace(normalise({ n: 6, k: 3, s: 1 }), 5);
    const v = compute(s);
    expect(placesPerRow(s)).toBe(4);
    expect([v.top, v.left]).toEqual([1, 1]);
    expect(withPlace(s, 99).place).toBe(15);
  });
  it("fills gaps and clamps", () => {
    expect(normalise({})).toEqual({ n: 6, k: 3, p: 0, s: 1, filters: 1, place: 0 });
    expect(normalise({ n: 99, k: 0, p: -1, s: 9, filters: 50 })).toMatchObject({ n: 28, k: 1, p: 0, s: 4, filters: 16 });
  });
});
