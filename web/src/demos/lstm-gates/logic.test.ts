import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { PRESET_WEIGHTS, barOf, choosePreset, compute, normalise, openness, setWeight } from "./logic";

describe("lstm-gates", () => {
  it("starts on the lesson's worked example", () => {
    const s = normalise({});
    expect(s).toMatchObject({ x: 1, h: 0.5, c: 0.8, preset: "lesson" });
    const { n } = compute(s);
    expect(n.f).toBeCloseTo(0.8176, 4);
    expect(n.i).toBeCloseTo(0.5, 10);
    expect(n.g).toBeCloseTo(0.7616, 4);
    expect(n.o).toBeCloseTo(0.7311, 4);
    expect(n.cNew).toBeCloseTo(1.0349, 4);
    expect(n.hNew).toBeCloseTo(0.5672, 4);
  });

  it("shows the same numbers in the flow and in the steps", () => {
    const { n, steps } = compute(normalise({ preset: "read", c: -1.5, x: 0.3 }));
    expect(steps[steps.length - 1]!.value).toBe(n.hNew);
    expect(steps[steps.length - 3]!.value).toBe(n.cNew);
  });

  it("remember keeps the cell and shows almost nothing", () => {
    const { n } = compute(normalise({ preset: "remember", c: 2, x: 1.5 }));
    expect(Math.abs(n.cNew - 2)).toBeLessThan(0.03);
    expect(Math.abs(n.hNew)).toBeLessThan(0.01);
  });

  it("forget wipes the cell", () => {
    const { n } = compute(normalise({ preset: "forget", c: 2.5 }));
    expect(Math.abs(n.cNew)).toBeLessThan(0.03);
  });

  it("write new replaces the cell with tanh(2x)", () => {
    const { n } = compute(normalise({ preset: "write", c: -3, x: 0.5 }));
    expect(n.cNew).toBeCloseTo(Math.tanh(1), 1);
  });

  it("read out shows tanh of the kept cell", () => {
    const { n } = compute(normalise({ preset: "read", c: 1, x: 0 }));
    expect(Math.abs(n.hNew - Math.tanh(n.cNew))).toBeLessThan(0.01);
  });

  it("a preset sets its weights; moving a weight makes it custom", () => {
    const s = choosePreset(normalise({}), "forget");
    expect(s.w).toEqual(PRESET_WEIGHTS.forget);
    const t = setWeight(s, 2, 4.2);
    expect(t.preset).toBe("custom");
    expect(t.w[2]).toBe(4);
    expect(choosePreset(t, "custom").w).toEqual(t.w);
  });

  it("clamps and snaps what it is given", () => {
    const s = normalise({ x: 9, h: -4, c: 0.33, preset: "nope" });
    expect(s).toMatchObject({ x: 2, h: -1, c: 0.3, preset: "lesson" });
    expect(normalise({ preset: "custom", w: [99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }).w[0]).toBe(6);
  });

  it("round-trips a custom state through the URL", () => {
    const s = setWeight(normalise({ x: -0.7 }), 5, -2.5);
    expect(normalise(decodeState(encodeState(s), s))).toEqual(s);
  });

  it("draws bars from the left for gates and from the middle for g", () => {
    expect(barOf(0.25, false)).toEqual({ left: 0, width: 25 });
    expect(barOf(0.5, true)).toEqual({ left: 50, width: 25 });
    expect(barOf(-0.5, true)).toEqual({ left: 25, width: 25 });
    expect(openness(0.99)).toBe("open");
    expect(openness(0.01)).toBe("closed");
    expect(openness(0.5)).toBe("partly open");
  });
});
