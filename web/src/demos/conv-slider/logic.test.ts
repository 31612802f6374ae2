import { describe, expect, it } from "vitest";
import {
  atEnd,
  compute,
  filled,
  mapColour,
  normalise,
  placeOf,
  positions,
  setCell,
  setWeight,
  step,
  withFilter,
  withPicture,
} from "./logic";

describe("conv-slider", () => {
  it("starts with a 6 × 6 vertical edge, the vertical-edge filter, at place 1", () => {
    const s = normalise({});
    expect(s.picture).toBe("edge");
    expect(s.cells).toHaveLength(36);
    expect(s.filter).toBe("vertical");
    expect(s.weights).toEqual([1, 0, -1, 1, 0, -1, 1, 0, -1]);
    expect(s.pos).toBe(1);
    expect(positions(6)).toBe(16);
  });

  it("reads places row by row", () => {
    expect(placeOf(1, 6)).toEqual({ row: 0, col: 0 });
    expect(placeOf(4, 6)).toEqual({ row: 0, col: 3 });
    expect(placeOf(5, 6)).toEqual({ row: 1, col: 0 });
    expect(placeOf(9, 5)).toEqual({ row: 2, col: 2 });
  });

  it("finds big numbers exactly at the edge, negative for dark to bright", () => {
    const s = normalise({ pos: 16 });
    const v = compute(s);
    expect(v.map).toEqual([
      [0, -30, -30, 0],
      [0, -30, -30, 0],
      [0, -30, -30, 0],
      [0, -30, -30, 0],
    ]);
    expect(compute({ ...s, pos: 2 }).sum).toBe(-30);
    const flip = compute(withPicture(s, "edge-flip"));
    expect(flip.map[0]).toEqual([0, 30, 30, 0]);
  });

  it("shows the nine products and their sum on the lesson's ramp", () => {
    const s = withPicture(normalise({}), "ramp");
    expect(s.cells).toHaveLength(25);
    expect(positions(5)).toBe(9);
    const v = compute(s);
    expect(v.products.map((p) => p.product)).toEqual([1, 0, -3, 2, 0, -4, 3, 0, -5]);
    expect(v.sum).toBe(-6);
    expect(v.steps[v.steps.length - 1]!.expr).toBe("−2 + −2 + −2 = −6");
    expect(v.map.flat().every((x) => x === -6)).toBe(true);
  });

  it("fills the map cell by cell, up to the current place", () => {
    const s = normalise({ pos: 6 });
    expect(filled(0, 3, s.pos, 6)).toBe(true);
    expect(filled(1, 1, s.pos, 6)).toBe(true);
    expect(filled(1, 2, s.pos, 6)).toBe(false);
    expect(compute(s).biggest).toBe(30);
    expect(compute(normalise({ pos: 1 })).biggest).toBe(0);
  });

  it("steps, stops at both ends, and knows the end", () => {
    const s = normalise({});
    expect(step(s, -1).pos).toBe(1);
    expect(step(s, 3).pos).toBe(4);
    const last = step(s, 100);
    expect(last.pos).toBe(16);
    expect(atEnd(last)).toBe(true);
    expect(atEnd(s)).toBe(false);
  });

  it("switches filters, and a typed weight makes a custom one", () => {
    const s = withFilter(normalise({ pos: 5 }), "blur");
    expect(s.pos).toBe(1);
    expect(compute({ ...s, pos: 2 }).sum).toBeCloseTo(10 / 3, 12);
    const custom = setWeight(s, 4, 2);
    expect(custom.filter).toBe("custom");
    expect(custom.weights[4]).toBe(2);
    expect(normalise({ filter: "sharpen" }).weights).toEqual([0, -1, 0, -1, 5, -1, 0, -1, 0]);
    expect(normalise({ filter: "custom", weights: [1, 2] }).weights).toEqual([1, 2, -1, 1, 0, -1, 1, 0, -1]);
  });

  it("edits a pixel, and clamps what comes from a link", () => {
    const s = setCell(normalise({}), 0, 500);
    expect(s.cells[0]).toBe(99);
    const bad = normalise({ picture: "nope", filter: "x", pos: 99, cells: [1, 2, 3] });
    expect(bad.picture).toBe("edge");
    expect(bad.filter).toBe("vertical");
    expect(bad.pos).toBe(16);
    expect(bad.cells).toHaveLength(36);
    expect(normalise({ filter: "custom", weights: [50, -50] }).weights.slice(0, 2)).toEqual([9, -9]);
  });

  it("colours below 0 blue and above 0 red, paler near 0", () => {
    expect(mapColour(-30, 30)).toBe("rgb(37, 99, 235)");
    expect(mapColour(30, 30)).toBe("rgb(220, 38, 38)");
    expect(mapColour(0, 30)).toBe("rgb(255, 255, 255)");
    expect(mapColour(5, 0)).toBe("rgb(255, 255, 255)");
  });
});
