import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { chipAlpha, compute, normalise, percent, setValue, vectorsOf, wordsOf } from "./logic";

describe("attention-weights", () => {
  it("starts on the lesson's sentence, looking from sat", () => {
    const s = normalise({});
    expect(s.sentence).toBe("the cat sat on the mat");
    expect(s.from).toBe(2);
    expect(vectorsOf(s)[1]).toEqual([0.5, 0.8, 0.2]);
    expect(vectorsOf(s)[2]).toEqual([0.3, 0.4, 0.9]);
    expect(vectorsOf(s)[5]).toEqual([0.7, 0.2, 0.5]);
  });

  it("scores each word with a dot product and turns the scores into weights", () => {
    const v = compute(normalise({}));
    expect(v.rows.map((r) => r.word)).toEqual(["the", "cat", "sat", "on", "the", "mat"]);
    expect(v.rows[1]!.score).toBeCloseTo(0.65, 12);
    expect(v.rows[2]!.score).toBeCloseTo(1.06, 12);
    expect(v.rows[5]!.score).toBeCloseTo(0.74, 12);
    const total = v.rows.reduce((a, r) => a + Math.exp(r.score), 0);
    v.rows.forEach((r) => expect(r.weight).toBeCloseTo(Math.exp(r.score) / total, 12));
    expect(v.rows.reduce((a, r) => a + r.weight, 0)).toBeCloseTo(1, 12);
    expect(v.top).toBe(2);
  });

  it("mixes the vectors with the weights into the output", () => {
    const s = normalise({});
    const v = compute(s);
    const vectors = vectorsOf(s);
    for (let j = 0; j < 3; j++) {
      const want = v.rows.reduce((a, r, i) => a + r.weight * vectors[i]![j]!, 0);
      expect(v.output[j]).toBeCloseTo(want, 12);
    }
    expect(v.steps[v.steps.length - 1]!.value).toBeCloseTo(v.output[0]!, 12);
  });

  it("gives equal weights when every vector is the same", () => {
    const s = normalise({ sentence: "a b c d", vectors: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    compute(s).rows.forEach((r) => expect(r.weight).toBeCloseTo(0.25, 12));
  });

  it("moves attention when a vector changes", () => {
    let s = normalise({ from: 1 });
    s = setValue(s, 5, 0, 2);
    s = setValue(s, 5, 1, 2);
    expect(compute(s).top).toBe(5);
    expect(setValue(s, 0, 0, 9).vectors[0]).toBe(2);
    expect(setValue(s, 0, 0, Number.NaN).vectors[0]).toBe(0);
  });

  it("cleans up what comes from the URL", () => {
    expect(wordsOf("The Cat, sat!  on")).toEqual(["the", "cat", "sat", "on"]);
    const s = normalise({ sentence: "one two three four five six seven eight", dim: 2, vectors: [5, -0.33], from: 99 });
    expect(wordsOf(s.sentence)).toHaveLength(7);
    expect(s.vectors).toHaveLength(14);
    expect(s.vectors.slice(0, 3)).toEqual([2, -0.3, 0]);
    expect(s.from).toBe(6);
    expect(normalise({ sentence: "x" }).sentence).toBe("the cat sat on the mat");
  });

  it("round-trips through the URL", () => {
    const s = setValue(normalise({ from: 4 }), 3, 2, -1.2);
    expect(normalise({ ...s, ...decodeState(encodeState(s), s) })).toEqual(s);
  });

  it("shades brighter for more attention", () => {
    expect(chipAlpha(0)).toBe(0.08);
    expect(chipAlpha(1)).toBe(1);
    expect(chipAlpha(0.5)).toBeGreaterThan(chipAlpha(0.2));
    expect(percent(0.2777)).toBe("28 %");
  });
});
