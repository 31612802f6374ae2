import { describe, expect, it } from "vitest";
import { activeLayer, neuronCount, neurons, normalise, output } from "./logic";

describe("network-flow", () => {
  it("runs the brief's network on [2, 3]", () => {
    const s = normalise({});
    expect(neuronCount("brief")).toBe(8);
    const n = neurons(s);
    expect(n.map((v) => v.layer)).toEqual([1, 1, 1, 1, 2, 2, 2, 3]);
    expect(n[0]!.value).toBeCloseTo(2, 12);
    expect(n[4]!.value).toBeCloseTo(2.87, 12);
    expect(output(s)).toBeCloseTo(1 / (1 + Math.exp(-3.571)), 10);
    expect(n[7]!.steps.map((x) => x.expr)).toEqual(["2.87 × 0.5 + 3.17 × 0.4 + 2.56 × 0.3 + 0.1 = 3.571", "sigmoid(3.571) = 0.9726"]);
  });
  it("solves XOR with two hidden neurons", () => {
    const outs = [[0, 0], [0, 1], [1, 0], [1, 1]].map(([x1, x2]) => output(normalise({ preset: "xor", x1, x2 })));
    expect(outs).toEqual([0, 1, 1, 0]);
  });
  it("reveals one neuron at a time in slow motion", () => {
    const s = normalise({ shown: 5 });
    expect(activeLayer(s)).toBe(2);
    expect(activeLayer({ ...s, shown: 0 })).toBe(0);
  });
  it("snaps XOR inputs to 0 or 1 and clamps shown", () => {
    const s = normalise({ preset: "xor", x1: 0.7, x2: -3, shown: 99 });
    expect([s.x1, s.x2, s.shown]).toEqual([1, 0, 3]);
  });
});
