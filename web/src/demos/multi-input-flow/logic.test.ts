import { describe, expect, it } from "vitest";
import { neuronMulti } from "../../explain";
import { advance, normalise, stage, totalSteps } from "./logic";

const start = normalise({ inputs: [3, 7, 2], weights: [0.5, 0.3, 0.8], b: 1 });

describe("multi-input-flow", () => {
  it("starts with nothing shown", () => {
    expect(start.step).toBe(0);
    const s = stage(start);
    expect(s.productShown).toEqual([false, false, false]);
    expect(s.neuron).toBeNull();
  });
  it("shows multiplications first, then the running sum, then the output", () => {
    let s = start;
    for (let i = 0; i < 3; i++) s = advance(s);
    expect(stage(s).productShown).toEqual([true, true, true]);
    expect(stage(s).arrived).toEqual([false, false, false]);
    s = advance(advance(s));
    expect(stage(s).arrived).toEqual([true, true, false]);
    expect(stage(s).neuron).toEqual({ label: "sum so far", value: 3 * 0.5 + 7 * 0.3 });
    s = advance(advance(s));
    expect(stage(s).done).toBe(true);
    expect(stage(s).neuron!.value).toBeCloseTo(6.2, 12);
    expect(advance(s).step).toBe(s.step);
  });
  it("gives every input a weight", () => {
    expect(normalise({ inputs: [1, 2, 3], weights: [1] }).weights).toEqual([1, 0, 0]);
  });
  it("counts the steps of the calculation", () => {
    expect(totalSteps(3)).toBe(stage(start).steps.length);
    expect(totalSteps(0)).toBe(neuronMulti([], [], 0).length);
  });
});
