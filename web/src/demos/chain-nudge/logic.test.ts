import { describe, expect, it } from "vitest";
import { compute, curve, normalise } from "./logic";

describe("chain-nudge", () => {
  it("gives 3 × 12 = 36 by the rule, and nearly 36 by nudging", () => {
    const r = compute(normalise({}));
    expect(r.rule).toBe(36);
    expect(r.nudge).toBeCloseTo(36.009, 6);
    expect(r.steps[4]!.expr).toBe("3 × 12 = 36");
  });
  it("gets closer as the nudge shrinks", () => {
    const big = compute(normalise({ h: "0.1" })).gap;
    const small = compute(normalise({ h: "0.001" })).gap;
    expect(small).toBeLessThan(big);
  });
  it("reads a number nudge from props and draws c", () => {
    expect(normalise({ h: 0.01 }).h).toBe("0.01");
    const pts = curve(normalise({}));
    const at2 = pts.find(([a]) => Math.abs(a - 2) < 1e-9)!;
    expect(at2[1]).toBeCloseTo(36, 9);
  });
});
