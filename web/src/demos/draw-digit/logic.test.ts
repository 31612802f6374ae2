import { describe, expect, it } from "vitest";
import {
  EXAMPLE_STROKES,
  SIDE,
  brightness,
  centreOfMass,
  decodeInk,
  encodeInk,
  flatten,
  inkBox,
  isBlank,
  normalise,
  normalisePixel,
  rows,
  softmax,
  toGrid,
  topDigits,
} from "./logic";

/** A width × height canvas with a bright rectangle [x0, x1) × [y0, y1). */
function canvasWith(width: number, height: number, x0: number, y0: number, x1: number, y1: number): Float32Array {
  const px = new Float32Array(width * height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) px[y * width + x] = 255;
  return px;
}

describe("canvas -> 28 × 28", () => {
  it("a blank canvas gives a blank grid", () => {
    const grid = toGrid(new Float32Array(280 * 280), 280, 280);
    expect(grid).toHaveLength(784);
    expect(isBlank(grid)).toBe(true);
  });

  it("a stroke in a corner is shrunk into a 20-pixel box and centred", () => {
    const grid = toGrid(canvasWith(280, 280, 10, 10, 50, 110), 280, 280); // 40 wide, 100 tall
    const box = inkBox(grid, SIDE, SIDE, 0)!;
    expect(box.y1 - box.y0).toBe(20); // the longer side becomes 20
    expect(box.x1 - box.x0).toBe(8); // 40 * 20 / 100
    const [cx, cy] = centreOfMass(grid, SIDE, SIDE);
    expect(cx).toBeCloseTo(14, 0);
    expect(cy).toBeCloseTo(14, 0);
  });

  it("a tiny dot is enlarged, not lost", () => {
    const grid = toGrid(canvasWith(280, 280, 100, 100, 103, 103), 280, 280);
    expect(grid.filter((v) => v > 0).length).toBe(400);
  });

  it("reads white ink on black from RGBA data", () => {
    const rgba = [255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 0];
    expect(Array.from(brightness(rgba, 3, 1))).toEqual([255, 0, 0]);
  });
});

describe("normalise and flatten", () => {
  it("scales to 0..1 and centres with MNIST's mean and spread", () => {
    expect(normalisePixel(255)).toBeCloseTo(2.8215, 3);
    expect(normalisePixel(0)).toBeCloseTo(-0.4242, 3);
  });

  it("flattens row after row: row r, column c -> 28·r + c", () => {
    const grid = Array.from({ length: 784 }, (_, i) => i);
    const flat = flatten(rows(grid));
    expect(flat).toHaveLength(784);
    expect(flat[28 * 3 + 5]).toBe(rows(grid)[3]![5]);
    expect(flat).toEqual(grid);
  });
});

describe("probabilities", () => {
  it("softmax adds up to one and keeps the order", () => {
    const p = softmax([1, 3, 2]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(topDigits(p, 2).map((d) => d.digit)).toEqual([1, 2]);
  });
  it("softmax does not overflow on big scores", () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });
});

describe("state in the URL", () => {
  it("round-trips a drawing through 16 grey levels", () => {
    const grid = Array.from({ length: 784 }, (_, i) => (i % 7 === 0 ? 255 : i % 5 === 0 ? 136 : 0));
    const ink = encodeInk(grid);
    expect(ink).toMatch(/^[0-9a-f]{784}$/);
    expect(decodeInk(ink)).toEqual(grid);
  });
  it("normalise keeps a valid drawing and drops anything else", () => {
    const ink = "f".repeat(784);
    expect(normalise({ ink })).toEqual({ ink });
    expect(normalise({ ink: "xyz" })).toEqual({ ink: "" });
    expect(normalise({})).toEqual({ ink: "" });
    expect(isBlank(decodeInk(""))).toBe(true);
  });
});

describe("example digits", () => {
  it("has one example for each digit 0 to 9, every point on the unit square", () => {
    expect(EXAMPLE_STROKES).toHaveLength(10);
    for (const strokes of EXAMPLE_STROKES) {
      expect(strokes.length).toBeGreaterThan(0);
      for (const stroke of strokes) {
        expect(stroke.length).toBeGreaterThan(1);
        for (const [x, y] of stroke) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
