import { describe, expect, it } from "vitest";
import { compute, domains, normalise, rows } from "./logic";

describe("error-lines", () => {
  it("reads the lesson's data pairs", () => {
    const s = normalise({ data: [[1, 2], [2, 4]], w: 1.5, mode: "loss" });
    expect(s.xs).toEqual([1, 2]);
    expect(s.ts).toEqual([2, 4]);
    expect(s.mode).toBe("loss");
  });
  it("works out each error as output - target", () => {
    const r = rows(normalise({ data: [[2, 4], [3, 6]], w: 1.5 }));
    expect(r.map((x) => x.error)).toEqual([-1, -1.5]);
    expect(r.map((x) => x.square)).toEqual([1, 2.25]);
  });
  it("gives the mean of the squares", () => {
    const { mse } = compute(normalise({ data: [[2, 4], [3, 6], [5, 10], [1, 2]], w: 1.5 }));
    expect(mse).toBeCloseTo(2.4375, 12);
  });
  it("is zero at the perfect weight", () => {
    expect(compute(normalise({ w: 2 })).mse).toBe(0);
  });
  it("falls back on unreadable data and keeps axes around the dots", () => {
    const s = normalise({ xs: [1, 2], ts: [3] });
    expect(s.xs).toEqual([1, 2, 3, 4]);
    const d = domains(s);
    expect(d.y[0]).toBeLessThan(0);
    expect(d.y[1]).toBeGreaterThan(8);
  });
});
