import { describe, expect, it } from "vitest";
import { memoryAfter } from "../../explain";
import { compute, firstBelow, normalise, points } from "./logic";

describe("memory-race", () => {
  it("starts with 19 zeros: 20 steps, like the lesson", () => {
    const v = compute(normalise({}));
    expect(v.steps).toBe(20);
    expect(v.rnn[19]).toBeCloseTo(0.0095, 4);
    expect(v.lstm[19]).toBeCloseTo(0.87, 4);
  });

  it("the LSTM keeps the 1 long after the RNN lost it", () => {
    const v = compute(normalise({ zeros: 50 }));
    expect(v.steps).toBe(51);
    expect(v.rnn[50]!).toBeLessThan(0.001);
    expect(v.lstm[50]!).toBeGreaterThan(0.7);
    expect(v.rnnBelowHalf).toBe(3);
    expect(v.lstmBelowHalf).toBeNull();
  });

  it("a low forget-gate bias makes the LSTM forget too", () => {
    const v = compute(normalise({ zeros: 30, bf: 0 }));
    expect(v.forget).toBe(0.5);
    expect(v.lstm[30]!).toBeLessThan(0.001);
  });

  it("uses the same numbers as the worked steps", () => {
    const v = compute(normalise({ zeros: 9 }));
    expect(v.rnn[9]).toBe(memoryAfter("rnn", 10).at(-1)!.value);
    expect(v.lstmSteps.at(-1)!.value).toBe(v.lstm[9]);
  });

  it("clamps what it is given", () => {
    expect(normalise({ zeros: 500, bf: -3 })).toEqual({ zeros: 50, bf: 0 });
    expect(normalise({ zeros: 0.4, bf: 5.3 })).toEqual({ zeros: 1, bf: 5.5 });
  });

  it("finds the first step below a level and numbers the points from 1", () => {
    expect(firstBelow([0.9, 0.6, 0.4], 0.5)).toBe(3);
    expect(firstBelow([0.9], 0.5)).toBeNull();
    expect(points([0.5, 0.25])).toEqual([[1, 0.5], [2, 0.25]]);
  });
});
