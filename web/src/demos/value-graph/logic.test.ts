import { describe, expect, it } from "vitest";
import { nodes, normalise, nudgeA, steps } from "./logic";

describe("value-graph", () => {
  it("fills in data and grads for the default graph", () => {
    const ns = Object.fromEntries(nodes(normalise({})).map((n) => [n.id, n]));
    expect(ns.L!.data).toBe(-8);
    expect(ns.a!.grad).toBe(6);
    expect(ns.b!.grad).toBe(-4);
    expect(ns.c!.grad).toBe(-2);
    expect(ns.f!.grad).toBe(4);
  });
  it("shows the steps phase by phase", () => {
    expect(steps(normalise({ phase: 0 }))).toHaveLength(0);
    expect(steps(normalise({ phase: 1 }))).toHaveLength(3);
    expect(steps(normalise({ phase: 2 }))).toHaveLength(9);
  });
  it("agrees with a nudge", () => {
    const s = normalise({ a: 1.5, b: 0.5, c: -1, f: 3 });
    const a = nodes(s).find((n) => n.id === "a")!;
    expect(nudgeA(s)).toBeCloseTo(a.grad, 6);
  });
});
