import { describe, expect, it } from "vitest";
import { AXIS, grid, normalise, outputRange, probe } from "./logic";

describe("neuron-heatmap", () => {
  const s = normalise({ w1: 1, w2: -1, b: 0, activation: "sigmoid" });

  it("covers −5..5 on both axes", () => {
    expect(AXIS[0]).toBe(-5);
    expect(AXIS[AXIS.length - 1]).toBe(5);
    expect(grid(s)).toHaveLength(AXIS.length * AXIS.length);
  });
  it("colours each square by the neuron's output there", () => {
    const c = grid(s).find((cell) => cell.x1 === 2 && cell.x2 === -1)!;
    expect(c.out).toBeCloseTo(1 / (1 + Math.exp(-3)), 14);
  });
  it("matches the explained steps at the ring", () => {
    const cell = grid(s).find((c) => c.x1 === s.x1 && c.x2 === s.x2)!;
    expect(probe(s).output).toBeCloseTo(cell.out, 14);
  });
  it("sizes the legend to the outputs", () => {
    expect(outputRange(s, grid(s))).toEqual([0, 1]);
    const relu = { ...s, activation: "relu" as const };
    expect(outputRange(relu, grid(relu))).toEqual([0, 10]);
  });
});
