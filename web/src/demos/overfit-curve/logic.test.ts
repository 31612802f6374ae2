import { describe, expect, it } from "vitest";
import { bestDegree, errorTable, fit, leastSquares, makePoints, meanSquaredError, nextSeed, SEED_MAX, normalise, predict, verdict, type Pt } from "./logic";

describe("overfit-curve: least squares", () => {
  it("solves a square system exactly", () => {
    // 2a + b = 5 and a + 3b = 10 -> a = 1, b = 3
    const c = leastSquares([[2, 1], [1, 3]], [5, 10]);
    expect(c[0]).toBeCloseTo(1, 12);
    expect(c[1]).toBeCloseTo(3, 12);
  });
  it("finds the best line through points that are not on one line", () => {
    // points (0, 0), (1, 1), (2, 1): the least-squares line is y = 1/6 + x/2
    const c = leastSquares([[1, 0], [1, 1], [1, 2]], [0, 1, 1]);
    expect(c[0]).toBeCloseTo(1 / 6, 12);
    expect(c[1]).toBeCloseTo(0.5, 12);
  });
  it("refuses fewer points than unknowns", () => {
    expect(() => leastSquares([[1, 2, 3]], [1])).toThrow(/at least 3 points/);
  });
  it("recovers a curve the points lie on exactly", () => {
    const f = (x: number) => 1 - 2 * x + 3 * x * x;
    const pts: Pt[] = [0, 0.2, 0.5, 0.7, 1].map((x) => [x, f(x)]);
    const c = fit(pts, 2);
    for (const x of [0.1, 0.33, 0.9]) expect(predict(c, x)).toBeCloseTo(f(x), 10);
    expect(meanSquaredError(c, pts)).toBeLessThan(1e-20);
  });
  it("passes through all ten points at degree 9", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { train } = makePoints(seed);
      expect(meanSquaredError(fit(train, 9), train)).toBeLessThan(1e-12);
    }
  });
});

describe("overfit-curve: the picture of overfitting", () => {
  it("makes the same points for the same seed, other points for another", () => {
    expect(makePoints(5)).toEqual(makePoints(5));
    expect(makePoints(5).train).not.toEqual(makePoints(6).train);
    expect(makePoints(1).train).toHaveLength(10);
    expect(makePoints(1).heldOut).toHaveLength(20);
  });
  it("never lets the training error grow with the degree", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const t = errorTable(makePoints(seed));
      for (let d = 1; d < t.length; d++) expect(t[d]!.train).toBeLessThanOrEqual(t[d - 1]!.train + 1e-12);
    }
  });
  it("almost never finds degree 9 best on the held-out points", () => {
    let nine = 0;
    for (let seed = 1; seed <= SEED_MAX; seed++) {
      const t = errorTable(makePoints(seed));
      const best = bestDegree(t);
      if (best === 9) nine += 1;
      // the usual shape: a curve that may bend a few times beats one that passes through every dot
      if (seed <= 200) expect(t[8]!.heldOut).toBeGreaterThan(t[best - 1]!.heldOut);
    }
    expect(nine).toBeLessThanOrEqual(2);
  });
  it("says too simple, about right or too bendy", () => {
    const t = errorTable(makePoints(3));
    const best = bestDegree(t);
    expect(verdict(t, best)).toMatch(/About right/);
    expect(verdict(t, 9)).toMatch(/Too bendy/);
    expect(verdict(t, 1)).toMatch(/Too simple/);
  });
});

describe("overfit-curve: state", () => {
  it("fills gaps and clamps", () => {
    expect(normalise({})).toEqual({ degree: 1, seed: 1 });
    expect(normalise({ degree: 30, seed: -4 })).toEqual({ degree: 9, seed: 1 });
    expect(normalise({ degree: "3.4", seed: 12 })).toEqual({ degree: 3, seed: 12 });
  });
  it("cycles through the point sets", () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(999)).toBe(1);
  });
});
