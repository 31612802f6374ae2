import { describe, expect, it } from "vitest";
import { fmt } from "../../explain";
import { LESSON, compute, embeddings, normalise, shadeOf, tidy, withPreset, withValue } from "./logic";

describe("qkv-builder", () => {
  it("starts with the lesson's words and matrices", () => {
    const s = normalise({});
    expect(s).toEqual({ ...LESSON, scale: "yes" });
    expect(embeddings(s)).toEqual([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
  });

  it("makes q, k and v as matrix times embedding, row by row", () => {
    const v = compute(normalise({}));
    expect(v.nums.q).toEqual([
      [1, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(v.nums.k).toEqual([
      [1, 1],
      [0, 1],
      [1, 2],
    ]);
    expect(v.nums.v).toEqual([
      [2, 0],
      [0, 1],
      [2, 1],
    ]);
    expect(v.perWord[2]!.map((s) => s.expr)).toContain("q = [2, 1]");
  });

  it("builds a score table that is not the same both ways", () => {
    const v = compute(normalise({}));
    expect(v.nums.scores).toEqual([
      [1, 0, 1],
      [2, 1, 3],
      [3, 1, 4],
    ]);
    expect(v.oneWay).toBe(true);
  });

  it("scales by √2 and gives weights whose rows add up to 1", () => {
    const v = compute(normalise({}));
    expect(v.root).toBeCloseTo(Math.SQRT2, 12);
    expect(fmt(v.nums.scaled[2]![2]!)).toBe("2.8284");
    for (const row of v.nums.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(fmt(v.nums.weights[2]![2]!)).toBe("0.62");
    expect(v.nums.outputs[2]!.map((x) => fmt(x))).toEqual(["1.8514", "0.6943"]);
    expect(v.steps[v.steps.length - 1]!.value).toBe(v.nums.outputs[2]![1]);
  });

  it("leaves the scores alone when scaling is off", () => {
    const v = compute(normalise({ scale: "no" }));
    expect(v.root).toBe(1);
    expect(v.nums.scaled).toEqual(v.nums.scores);
  });

  it("makes a symmetric table with the do-nothing matrices", () => {
    const s = withPreset(normalise({}), "same");
    const v = compute(s);
    expect(v.nums.q).toEqual(embeddings(s));
    expect(v.oneWay).toBe(false);
    expect(withPreset(s, "lesson")).toEqual(normalise({}));
  });

  it("edits one number, snapped to half steps and clamped", () => {
    const s = withValue(normalise({}), "wq", 3, 2.3);
    expect(s.wq).toEqual([1, 1, 0, 2.5]);
    expect(withValue(s, "x", 0, 99).x[0]).toBe(5);
    expect(tidy(-7)).toBe(-5);
  });

  it("fills gaps and throws out bad values", () => {
    const s = normalise({ x: [2, "a"], wk: [9], scale: "maybe" });
    expect(s.x).toEqual([2, 0, 0, 1, 1, 1]);
    expect(s.wk).toEqual([5, 0, 1, 1]);
    expect(s.scale).toBe("yes");
  });

  it("shades a weight from white to full colour", () => {
    expect(shadeOf(0)).toBe(0);
    expect(shadeOf(1)).toBe(0.9);
    expect(shadeOf(0.5)).toBe(0.5);
  });
});
