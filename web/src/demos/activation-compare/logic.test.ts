import { describe, expect, it } from "vitest";
import { compute } from "./logic";

describe("activation-compare", () => {
  it("runs one input through both functions", () => {
    const r = compute({ x: -3 });
    expect(r.relu.output).toBe(0);
    expect(r.sigmoid.output).toBeCloseTo(0.0474258731775668, 14);
  });
  it("agrees at large inputs only in sign, not in size", () => {
    const r = compute({ x: 8 });
    expect(r.relu.output).toBe(8);
    expect(r.sigmoid.output).toBeLessThan(1);
  });
});
