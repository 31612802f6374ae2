import { describe, expect, it } from "vitest";
import type { CnnLayer } from "../../features/training/api";
import { centreOfMass } from "../draw-digit/logic";
import { DEFAULT_EXAMPLE, activeMaps, brightnessOf, decodeInk, exampleInk, layerMax, mapsOf, normalise, shapeLabel, strokePixels } from "./logic";

describe("cnn-feature-maps", () => {
  it("draws every example digit as an MNIST-style 28 × 28 grid", () => {
    for (let d = 0; d <= 9; d++) {
      const grid = decodeInk(exampleInk(d));
      expect(grid).toHaveLength(784);
      expect(grid.some((v) => v > 0)).toBe(true);
      const [cx, cy] = centreOfMass(grid, 28, 28);
      expect(Math.abs(cx - 14)).toBeLessThan(2);
      expect(Math.abs(cy - 14)).toBeLessThan(2);
    }
  });
  it("paints a stroke with the pen and leaves the rest black", () => {
    const px = strokePixels([[[0.5, 0.1], [0.5, 0.9]]], 20, 2);
    expect(px[10 * 20 + 10]).toBe(255);
    expect(px[10 * 20 + 2]).toBe(0);
  });
  it("starts on an example, and keeps a drawn digit from the URL", () => {
    const s = normalise({});
    expect(s.example).toBe(DEFAULT_EXAMPLE);
    expect(s.ink).toBe(exampleInk(DEFAULT_EXAMPLE));
    expect(normalise({ example: 3 }).ink).toBe(exampleInk(3));
    const drawn = "f".repeat(784);
    expect(normalise({ ink: drawn })).toEqual({ ink: drawn, example: -1 });
    expect(normalise({ ink: "zz", example: 42 }).example).toBe(9);
  });
  it("turns a conv layer into its maps and a list into one near-square grid", () => {
    const conv: CnnLayer = { name: "conv2", shape: [2, 2, 2], values: [[[0, 1], [2, 3]], [[0, 0], [0, 0]]], text: "" };
    expect(mapsOf(conv)).toHaveLength(2);
    expect(layerMax(mapsOf(conv))).toBe(3);
    expect(activeMaps(mapsOf(conv))).toBe(1);
    expect(shapeLabel(conv)).toBe("2 maps of 2 × 2 (2 × 2 × 2)");
    const dense: CnnLayer = { name: "dense", shape: [5], values: [1, 2, 3, 4, 5], text: "" };
    expect(mapsOf(dense)).toEqual([[[1, 2, 3], [4, 5]]]);
    expect(shapeLabel(dense)).toBe("5 numbers");
  });
  it("scales brightness by the layer's largest value", () => {
    expect(brightnessOf(3, 3)).toBe(255);
    expect(brightnessOf(0, 3)).toBe(0);
    expect(brightnessOf(1, 0)).toBe(0);
  });
});
