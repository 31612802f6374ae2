import { describe, expect, it } from "vitest";
import { atEnd, history, lossCurve, nextEpoch, nextExample, normalise, shownSteps, weightNow } from "./logic";

describe("epoch-trainer", () => {
  it("runs the lesson's first epoch: mean loss 23.454, weight 1.2977", () => {
    const s = normalise({ seen: 4 });
    const h = history(s);
    expect(h.now.mean).toBeCloseTo(23.454, 3);
    expect(h.now.w).toBeCloseTo(1.2977, 4);
    expect(lossCurve(s)).toHaveLength(1);
    expect(shownSteps(s)).toHaveLength(10);
  });
  it("moves the weight one example at a time", () => {
    const s = normalise({ seen: 1 });
    expect(weightNow(s)).toBeCloseTo(0.252, 12);
    expect(shownSteps(s)).toHaveLength(2);
    expect(weightNow(normalise({}))).toBe(0.1);
  });
  it("learns the pattern: the weight heads for 2 and the loss curve falls", () => {
    const s = normalise({ epochs: 20, seen: 4 });
    expect(weightNow(s)).toBeCloseTo(2, 3);
    const curve = lossCurve(s);
    expect(curve).toHaveLength(21);
    expect(curve[20]![1]).toBeLessThan(curve[0]![1]);
  });
  it("levels off above 0 on measured data", () => {
    const curve = lossCurve(normalise({ data: "measured", epochs: 30, seen: 5 }));
    expect(curve[30]![1]).toBeGreaterThan(0.01);
  });
  it("steps through examples and epochs, and stops at the end", () => {
    let s = normalise({ seen: 4 });
    s = nextExample(s);
    expect([s.epochs, s.seen]).toEqual([1, 1]);
    expect(nextEpoch(s)).toMatchObject({ epochs: 1, seen: 4 });
    const end = normalise({ epochs: 500, seen: 9 });
    expect(atEnd(end)).toBe(true);
    expect(nextExample(end)).toEqual(end);
  });
});
