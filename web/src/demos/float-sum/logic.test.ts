import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("float-sum", () => {
  it("snaps to tenths and clamps", () => {
    expect(normalise({ a: 0.30000000000000004, b: 5 })).toEqual({ a: 0.3, b: 1 });
    expect(normalise({})).toEqual({ a: 0.1, b: 0.2 });
  });
  it("shows that 0.1 + 0.2 misses 0.3", () => {
    const r = compute({ a: 0.1, b: 0.2 });
    expect(r.printed).toBe("0.30000000000000004");
    expect(r.exact).toBe(false);
    expect(r.school).toBe(0.3);
  });
  it("shows that 0.5 + 0.25-like sums can be exact", () => {
    const r = compute({ a: 0.5, b: 0.5 });
    expect(r.exact).toBe(true);
    expect(r.printed).toBe("1");
  });
});
