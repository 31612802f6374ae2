import { describe, expect, it } from "vitest";
import { MARKERS, compute, normalise, percentOf, verdictOf } from "./logic";

describe("loss-meter", () => {
  it("starts at the char-gpt's first loss, near ln 76", () => {
    const v = compute(normalise({}));
    expect(v.baseline).toBeCloseTo(Math.log(76), 12);
    expect(v.perplexity).toBeCloseTo(Math.exp(4.388), 9);
    expect(v.verdict).toBe("guessing");
    expect(compute(normalise({ vocab: 76, loss: 6 })).verdict).toBe("worse");
  });
  it("turns the shipped model's loss into a perplexity of about 5", () => {
    const v = compute(normalise({ vocab: 76, loss: 1.6106 }));
    expect(v.perplexity).toBeCloseTo(5.0058, 4);
    expect(v.verdict).toBe("better");
    expect(v.fewer).toBeCloseTo(76 / 5.0058, 3);
  });
  it("says perfect at 0 and guessing at ln V", () => {
    expect(compute(normalise({ loss: 0 })).verdict).toBe("perfect");
    expect(compute(normalise({ loss: 0 })).perplexity).toBe(1);
    expect(verdictOf(Math.log(65), Math.log(65))).toBe("guessing");
    expect(compute(normalise({ vocab: 65, loss: 4.17 })).verdict).toBe("guessing");
  });
  it("clamps the vocabulary and the loss, and keeps big real vocabularies", () => {
    expect(normalise({ vocab: 1, loss: -3 })).toEqual({ vocab: 2, loss: 0 });
    expect(normalise({ vocab: 50257, loss: 99 })).toEqual({ vocab: 50257, loss: 12 });
    expect(compute(normalise({ vocab: 50257, loss: 3 })).scaleMax).toBe(12);
  });
  it("places every marker on the scale", () => {
    for (const m of MARKERS) {
      const p = percentOf(m.loss, 5);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(100);
    }
    expect(percentOf(20, 5)).toBe(100);
  });
});
