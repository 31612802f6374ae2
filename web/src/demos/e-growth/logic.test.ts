import { describe, expect, it } from "vitest";
import { compute, ladder, normalise } from "./logic";

describe("e-growth", () => {
  it("starts at monthly and clamps", () => {
    expect(normalise({})).toEqual({ n: 3 });
    expect(normalise({ n: 99 })).toEqual({ n: 7 });
  });
  it("gives 2 once a year and creeps up to e", () => {
    expect(compute({ n: 0 }).money).toBe(2);
    const r = compute({ n: 7 });
    expect(r.gap).toBeGreaterThan(0);
    expect(r.gap).toBeLessThan(1e-5);
  });
  it("never goes down as the parts get smaller", () => {
    const m = ladder().map((l) => l.money);
    for (let i = 1; i < m.length; i++) expect(m[i]!).toBeGreaterThan(m[i - 1]!);
  });
});
