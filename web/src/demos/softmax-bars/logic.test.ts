import { describe, expect, it } from "vitest";
import { MAX_CLASSES, MIN_CLASSES, addClass, compute, normalise, percent, removeClass } from "./logic";

describe("softmax-bars", () => {
  it("starts with the lesson's three scores and their chances 0.35, 0.25, 0.41", () => {
    const s = normalise({});
    expect(s).toEqual({ scores: [0.65, 0.3, 0.8], target: 2 });
    const v = compute(s);
    expect(v.rows.map((r) => r.chance.toFixed(2))).toEqual(["0.35", "0.25", "0.41"]);
    expect(v.total).toBeCloseTo(5.4909, 4);
    expect(v.rows[0]!.power).toBeCloseTo(Math.exp(0.65), 12);
  });

  it("gives chances that are positive and add up to 1, whatever the scores", () => {
    const v = compute(normalise({ scores: [-10, 0, 10, 3.3, -2] }));
    const sum = v.rows.reduce((a, r) => a + r.chance, 0);
    expect(sum).toBeCloseTo(1, 12);
    for (const r of v.rows) expect(r.chance).toBeGreaterThan(0);
  });

  it("predicts the class with the biggest chance", () => {
    expect(compute(normalise({ scores: [0.65, 0.3, 0.8] })).prediction).toBe(2);
    expect(compute(normalise({ scores: [4, -1, 2, 0] })).prediction).toBe(0);
  });

  it("gives the cross-entropy loss −ln(chance of the right class)", () => {
    const v = compute(normalise({ scores: [0, 0], target: 1 }));
    // Two scores are padded to three classes: each chance is one third.
    expect(v.rows).toHaveLength(MIN_CLASSES);
    expect(v.loss).toBeCloseTo(Math.log(3), 12);
    const w = compute(normalise({ scores: [0.65, 0.3, 0.8], target: 0 }));
    expect(w.loss).toBeCloseTo(-Math.log(w.rows[0]!.chance), 12);
  });

  it("shows each slope as chance − one-hot target, and the slopes add up to 0", () => {
    const v = compute(normalise({ scores: [0.65, 0.3, 0.8], target: 2 }));
    expect(v.rows.map((r) => r.want)).toEqual([0, 0, 1]);
    expect(v.rows[2]!.slope).toBeCloseTo(v.rows[2]!.chance - 1, 12);
    expect(v.rows.reduce((a, r) => a + r.slope, 0)).toBeCloseTo(0, 12);
  });

  it("adds and removes classes between 3 and 10, keeping the right class in range", () => {
    let s = normalise({});
    s = addClass(s);
    expect(s.scores).toEqual([0.65, 0.3, 0.8, 0]);
    s = { ...s, target: 3 };
    s = removeClass(s);
    expect(s).toEqual({ scores: [0.65, 0.3, 0.8], target: 2 });
    expect(removeClass(s)).toEqual(s);
    let big = normalise({ scores: new Array(12).fill(1) });
    expect(big.scores).toHaveLength(MAX_CLASSES);
    big = addClass(big);
    expect(big.scores).toHaveLength(MAX_CLASSES);
  });

  it("clamps odd props into range", () => {
    expect(normalise({ scores: [50, -50, "x"], target: 7 })).toEqual({ scores: [10, -10, 0.8], target: 2 });
    expect(normalise({ target: -3 }).target).toBe(0);
    expect(normalise({ target: 1.6 }).target).toBe(2);
  });

  it("writes chances as percentages without hiding tiny ones", () => {
    expect(percent(0.4053)).toBe("41 %");
    expect(percent(0.004)).toBe("0.40 %");
    expect(percent(0)).toBe("0 %");
  });
});
