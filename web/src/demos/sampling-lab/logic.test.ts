import { describe, expect, it } from "vitest";
import { START_SCORES, WORDS, compute, normalise, pick, softmaxOf, topK, topP } from "./logic";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("normalise", () => {
  it("fills in the start scores and turns every knob off except temperature 1", () => {
    expect(normalise({})).toEqual({ scores: START_SCORES, t: 1, k: 0, p: 1, runs: 0 });
  });
  it("clamps and snaps what a lesson or a URL gives", () => {
    const s = normalise({ scores: [9, -9], t: 3.02, k: 12, p: 0, runs: -4 });
    expect(s.scores.slice(0, 2)).toEqual([5, -5]);
    expect(s.scores).toHaveLength(WORDS.length);
    expect(s).toMatchObject({ t: 2, k: WORDS.length, p: 0.05, runs: 0 });
  });
});

describe("the stages", () => {
  it("at temperature 1 with the knobs off, the final chances are plain softmax", () => {
    const view = compute(normalise({}));
    expect(view.final).toEqual(softmaxOf(START_SCORES));
    expect(sum(view.final)).toBeCloseTo(1, 12);
    expect(view.kept).toBe(WORDS.length);
  });
  it("a low temperature sharpens and a high one flattens", () => {
    const cold = compute(normalise({ t: 0.5 })).final;
    const warm = compute(normalise({ t: 2 })).final;
    const plain = compute(normalise({ t: 1 })).final;
    expect(cold[0]!).toBeGreaterThan(plain[0]!);
    expect(warm[0]!).toBeLessThan(plain[0]!);
    expect(warm[6]!).toBeGreaterThan(plain[6]!);
  });
  it("temperature 0 is greedy: all the chance on the biggest score", () => {
    const view = compute(normalise({ t: 0, scores: [1, 3, 2, 0, 0, 0, 0] }));
    expect(view.greedy).toBe(true);
    expect(view.final).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(view.steps).toEqual([]);
  });
  it("the worked steps end on the chance of the likeliest word", () => {
    const view = compute(normalise({ t: 0.5 }));
    expect(view.steps.at(-1)!.value).toBeCloseTo(softmaxOf(START_SCORES.map((s) => s / 0.5))[0]!, 12);
  });
});

describe("topK and topP", () => {
  it("top-k keeps the k likeliest and renormalises", () => {
    const out = topK([0.5, 0.3, 0.15, 0.05], 2);
    expect(out[0]).toBeCloseTo(0.625, 12);
    expect(out[1]).toBeCloseTo(0.375, 12);
    expect(out.slice(2)).toEqual([0, 0]);
    expect(topK([0.5, 0.3, 0.2], 0)).toEqual([0.5, 0.3, 0.2]);
  });
  it("top-p keeps the smallest set that reaches p", () => {
    const out = topP([0.5, 0.3, 0.15, 0.05], 0.9);
    expect(out[3]).toBe(0);
    expect(out[0]).toBeCloseTo(0.5 / 0.95, 12);
    expect(topP([0.5, 0.3, 0.15, 0.05], 0.8).filter((c) => c > 0)).toHaveLength(2);
    expect(topP([0.5, 0.3, 0.15, 0.05], 0.01)).toEqual([1, 0, 0, 0]);
  });
  it("top-k 1 is the same as greedy", () => {
    expect(compute(normalise({ t: 1.5, k: 1 })).final).toEqual(compute(normalise({ t: 0 })).final);
  });
});

describe("sampling", () => {
  it("pick walks the running total", () => {
    expect(pick([0.5, 0.3, 0.2], 0)).toBe(0);
    expect(pick([0.5, 0.3, 0.2], 0.5)).toBe(1);
    expect(pick([0.5, 0.3, 0.2], 0.99)).toBe(2);
    expect(pick([0, 1, 0], 0.2)).toBe(1);
  });
  it("20 seeded draws: the same seed gives the same counts, and cut words are never picked", () => {
    const a = compute(normalise({ k: 2, runs: 3 }));
    const b = compute(normalise({ k: 2, runs: 3 }));
    expect(a.counts).toEqual(b.counts);
    expect(sum(a.counts!)).toBe(20);
    expect(a.counts!.slice(2)).toEqual([0, 0, 0, 0, 0]);
    expect(compute(normalise({})).counts).toBeNull();
  });
});
