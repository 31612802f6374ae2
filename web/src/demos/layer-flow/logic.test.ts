import { describe, expect, it } from "vitest";
import { compute, normalise, setBias, setWeight } from "./logic";

describe("layer-flow", () => {
  it("computes the brief's layer: [2, 3.3, 1.9]", () => {
    const r = compute(normalise({}));
    expect(r.outputs.map((x) => Number(x.toFixed(10)))).toEqual([2, 3.3, 1.9]);
    expect(r.perNeuron[2]![0]!.expr).toBe("2 × 0.9 + 3 × 0.1 + (−0.2) = 1.9");
    expect(r.all[r.all.length - 1]!.expr).toBe("output = [2, 3.3, 1.9]");
  });
  it("adds a fourth neuron and edits one neuron at a time", () => {
    let s = normalise({ neurons: 4, focus: 4 });
    s = setWeight(s, 4, 0, 1);
    s = setBias(s, 4, -1);
    const r = compute(s);
    expect(r.outputs).toHaveLength(4);
    expect(r.outputs[3]).toBeCloseTo(2 * 1 + 3 * 0.5 - 1, 12);
    expect(r.outputs[0]).toBeCloseTo(2, 12);
  });
  it("applies ReLU to every neuron", () => {
    const s = normalise({ inputs: [-2, -3], activation: "relu" });
    expect(compute(s).outputs).toEqual([0, 0, 0]);
    expect(compute(s).perNeuron[0]).toHaveLength(2);
  });
  it("keeps focus on an existing neuron", () => {
    expect(normalise({ neurons: 2, focus: 4 }).focus).toBe(2);
  });
});
