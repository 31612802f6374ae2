import { describe, expect, it } from "vitest";
import { compute, normalise, weightStroke } from "./logic";

describe("neuron-sliders", () => {
  it("uses the lesson's props as the start", () => {
    expect(normalise({ x: 5, w: 0.5, b: 1 })).toEqual({ x: 5, w: 0.5, b: 1 });
  });
  it("clamps into the slider ranges and fills missing values", () => {
    expect(normalise({ x: 50, w: -9 })).toEqual({ x: 10, w: -2, b: 1 });
  });
  it("computes the product and output shown", () => {
    const r = compute({ x: 5, w: 0.5, b: 1 });
    expect(r.product).toBe(2.5);
    expect(r.output).toBe(3.5);
    expect(r.steps.map((s) => s.expr)).toEqual(["5 × 0.5 = 2.5", "2.5 + 1 = 3.5", "output = 3.5"]);
  });
  it("draws bigger weights thicker, whatever their sign", () => {
    expect(weightStroke(-2)).toBe(weightStroke(2));
    expect(weightStroke(0.5)).toBeLessThan(weightStroke(1.5));
  });
});
