import { describe, expect, it } from "vitest";
import { addInput, atEnd, compute, memoryColour, normalise, removeInput, setInput, step } from "./logic";

describe("rnn-stepper", () => {
  it("starts with the lesson's example after one time step", () => {
    const s = normalise({});
    expect(s).toEqual({ xs: [1, 0, 0, 0, 0], w_x: 0.5, w_h: 0.8, b: 0, t: 1 });
    const v = compute(s);
    expect(v.before).toBe(0);
    expect(v.after).toBeCloseTo(Math.tanh(0.5), 12);
    expect(v.steps.map((x) => x.expr)).toEqual(["0.5 × 1 = 0.5", "0.8 × 0 = 0", "0.5 + 0 + 0 = 0.5", "tanh(0.5) = 0.4621"]);
  });

  it("carries the memory from one step to the next", () => {
    const s = step(normalise({}), 1);
    const v = compute(s);
    expect(v.before).toBeCloseTo(Math.tanh(0.5), 12);
    expect(v.after).toBeCloseTo(Math.tanh(0.8 * Math.tanh(0.5)), 12);
    expect(v.points).toHaveLength(3);
  });

  it("shows no step before the first input is read", () => {
    const v = compute(normalise({ t: 0 }));
    expect(v.steps).toEqual([]);
    expect(v.points).toEqual([[0, 0]]);
  });

  it("stays between the first and the last time step", () => {
    const s = normalise({ xs: [1, 2], t: 9 });
    expect(s.t).toBe(2);
    expect(atEnd(s)).toBe(true);
    expect(step(s, 5).t).toBe(2);
    expect(step(s, -5).t).toBe(0);
  });

  it("clamps and rounds what comes from the URL", () => {
    const s = normalise({ xs: [9, -0.3], w_x: 7, w_h: -0.04, b: "x" });
    expect(s.xs).toEqual([3, -0.5]);
    expect(s.w_x).toBe(2);
    expect(s.w_h).toBe(0);
    expect(s.b).toBe(0);
  });

  it("edits, adds and removes inputs within limits", () => {
    let s = normalise({ xs: [1], t: 1 });
    expect(removeInput(s).xs).toEqual([1]);
    s = addInput(s);
    expect(s.xs).toEqual([1, 0]);
    s = setInput(s, 1, -2.2);
    expect(s.xs).toEqual([1, -2]);
    s = step(s, 1);
    expect(removeInput(s).t).toBe(1);
    const full = normalise({ xs: Array(12).fill(1) });
    expect(full.xs).toHaveLength(10);
    expect(addInput(full).xs).toHaveLength(10);
  });

  it("colours memory blue below 0 and orange above", () => {
    expect(memoryColour(-1)).toBe("rgb(37, 99, 235)");
    expect(memoryColour(1)).toBe("rgb(230, 119, 0)");
    expect(memoryColour(0)).toBe("rgb(255, 255, 255)");
  });
});
