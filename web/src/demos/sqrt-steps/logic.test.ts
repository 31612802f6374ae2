import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("sqrt-steps", () => {
  it("starts with one step shown and clamps", () => {
    expect(normalise({ x: 9 })).toEqual({ x: 9, shown: 1 });
    expect(normalise({ x: 500, shown: 99 }).x).toBe(200);
    expect(normalise({ x: 9, shown: 99 }).shown).toBe(compute({ x: 9, shown: 99 }).steps.length);
  });
  it("gets closer each step and ends on the root", () => {
    const all = compute({ x: 9, shown: 99 });
    expect(all.done).toBe(true);
    expect(all.root).toBe(3);
    expect(compute({ x: 9, shown: 2 }).guess).toBe(5);
    expect(compute({ x: 9, shown: 3 }).guess).toBe(3.4);
  });
});
