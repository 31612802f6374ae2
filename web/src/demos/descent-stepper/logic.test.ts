import { describe, expect, it } from "vitest";
import { advance, atEnd, ball, current, lossHistory, nextIteration, normalise, weights } from "./logic";

describe("descent-stepper", () => {
  it("follows the lesson: 0.1, then 1.06, then 1.636", () => {
    const s = normalise({ done: 2 });
    const ws = weights(s);
    expect(ws[0]).toBe(0.1);
    expect(ws[1]).toBeCloseTo(1.06, 12);
    expect(ws[2]).toBeCloseTo(1.636, 12);
  });
  it("shows the six lines of the current iteration with its number", () => {
    const lines = current(normalise({ done: 1 }));
    expect(lines).toHaveLength(6);
    expect(lines[0]!.text).toMatch(/^Iteration 2\./);
    expect(lines[5]!.expr).toBe("1.06 − (−0.576) = 1.636");
  });
  it("steps one line at a time, then moves to the next iteration", () => {
    let s = normalise({});
    for (let i = 0; i < 6; i++) s = advance(s);
    expect([s.done, s.part]).toEqual([0, 6]);
    s = advance(s);
    expect([s.done, s.part]).toEqual([1, 1]);
    expect(nextIteration(s)).toMatchObject({ done: 2, part: 6 });
  });
  it("moves the ball only once the new weight is shown", () => {
    expect(ball(normalise({ part: 5 })).w).toBe(0.1);
    expect(ball(normalise({ part: 6 })).w).toBeCloseTo(1.06, 12);
  });
  it("records the loss going down", () => {
    const h = lossHistory(normalise({ done: 5, part: 6 }));
    expect(h).toHaveLength(7);
    for (let i = 1; i < h.length; i++) expect(h[i]![1]).toBeLessThan(h[i - 1]![1]);
  });
  it("stops at the last iteration", () => {
    const s = normalise({ done: 99, part: 9 });
    expect(atEnd(s)).toBe(true);
    expect(advance(s)).toEqual(s);
  });
});
