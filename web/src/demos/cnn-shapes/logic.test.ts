import { describe, expect, it } from "vitest";
import { DEFAULTS, MAX_STACK, UNITS, blockOf, compute, grouped, normalise, shapeText } from "./logic";

describe("cnn-shapes", () => {
  it("walks the course's CNN shape by shape", () => {
    const v = compute(normalise({}));
    expect(v.stages.map(shapeText)).toEqual(["28 × 28 × 1", "26 × 26 × 8", "13 × 13 × 8", "11 × 11 × 16", "5 × 5 × 16", "400", "64", "10"]);
    expect(v.stages.map((s) => s.label)).toEqual(["input", "conv 1 + ReLU", "max pool", "conv 2 + ReLU", "max pool", "flatten", "dense 1 + ReLU", "output"]);
  });
  it("counts each layer's weights and biases, and only layers with weights have any", () => {
    const v = compute(normalise({}));
    expect(v.stages.map((s) => s.params)).toEqual([0, 80, 0, 1168, 0, 0, 25664, 650]);
    expect(v.total).toBe(27562);
    expect(v.mlpTotal).toBe(109386);
    expect(v.ratio).toBeCloseTo(109386 / 27562, 12);
    expect(v.shapeSteps.at(-1)?.expr).toBe("64 → 10");
  });
  it("follows the sliders: 16 and 32 filters, 128 neurons", () => {
    const v = compute(normalise({ conv1: 16, conv2: 32, dense: 128 }));
    expect(v.stages[5]!.size).toBe(800);
    expect(v.total).toBe(160 + 4640 + 102528 + 1290);
  });
  it("clamps to the preset's range and rounds to whole numbers", () => {
    expect(normalise({ conv1: 0, conv2: 999, dense: 3.6 })).toEqual({ conv1: UNITS.min, conv2: UNITS.max, dense: 4 });
    expect(normalise({ conv1: "x" })).toEqual(DEFAULTS);
  });
  it("draws maps as stacks and lists as bars", () => {
    const v = compute(normalise({ conv2: 200 }));
    expect(blockOf(v.stages[0]!)).toEqual({ side: 56, stack: 1, bar: false });
    expect(blockOf(v.stages[3]!).stack).toBe(MAX_STACK);
    expect(blockOf(v.stages[5]!).bar).toBe(true);
    expect(blockOf(v.stages[5]!).side).toBeGreaterThan(blockOf(v.stages[7]!).side);
  });
  it("groups big numbers in threes", () => {
    expect(grouped(109386)).toBe("109,386");
    expect(grouped(80)).toBe("80");
  });
});
