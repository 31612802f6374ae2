import { describe, expect, it } from "vitest";
import { compute, normalise, nudgeOf } from "./logic";

describe("nudge-slope", () => {
  it("starts at x² at 3 with a nudge of 0.001: about 6.001 against 6", () => {
    const r = compute(normalise({}));
    expect(r.byShortcut).toBe(6);
    expect(r.byNudge).toBeCloseTo(6.001, 9);
  });
  it("gets closer to the shortcut as the nudge shrinks", () => {
    const gaps = [0, 1, 2, 3, 4].map((tiny) => compute(normalise({ tiny, curve: "cube", x: 2 })).gap);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeLessThan(gaps[i - 1]!);
  });
  it("agrees on a straight line for any nudge", () => {
    expect(compute(normalise({ curve: "line", tiny: 0 })).gap).toBeLessThan(1e-12);
  });
  it("has slope 0 at the bottom of the valley", () => {
    expect(compute(normalise({ curve: "valley", x: 2 })).byShortcut).toBe(0);
  });
  it("maps the tiny slider to powers of ten", () => {
    expect(nudgeOf(normalise({ tiny: 0 }))).toBe(1);
    expect(nudgeOf(normalise({ tiny: 9 }))).toBe(0.0001);
  });
});
