import { describe, expect, it } from "vitest";
import { compute, curveOverInput1, normalise, yDomain } from "./logic";

describe("complete-neuron", () => {
  const s = normalise({ inputs: [2, 5], weights: [0.4, 0.6], b: 0.5, activation: "sigmoid" });

  it("splits the steps into the sum part and the activation part", () => {
    const r = compute(s);
    expect(r.sumSteps).toBe(5);
    expect(r.z).toBeCloseTo(4.3, 12);
    expect(r.output).toBeCloseTo(1 / (1 + Math.exp(-4.3)), 14);
  });
  it("draws a curve that passes through the current point", () => {
    const r = compute(s);
    const curve = curveOverInput1({ ...s, inputs: [2, 5] });
    const at2 = curve.find(([x]) => Math.abs(x - 2) < 1e-9)!;
    expect(at2[1]).toBeCloseTo(r.output, 12);
  });
  it("switches to ReLU and grows the axis to fit", () => {
    const relu = { ...s, activation: "relu" as const };
    expect(compute(relu).output).toBeCloseTo(4.3, 12);
    expect(yDomain(relu, curveOverInput1(relu))[1]).toBeGreaterThan(1);
    expect(yDomain(s, curveOverInput1(s))).toEqual([-0.05, 1.05]);
  });
  it("falls back to sigmoid for an unknown activation", () => {
    expect(normalise({ activation: "tanh" }).activation).toBe("sigmoid");
  });
});
