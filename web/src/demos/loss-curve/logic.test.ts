import { describe, expect, it } from "vitest";
import { compute, curve, downhill, lossTop, normalise } from "./logic";

describe("loss-curve", () => {
  it("starts at the lesson's example: loss 23.04, slope about -19.2", () => {
    const r = compute(normalise({}));
    expect(r.lossValue).toBeCloseTo(23.04, 9);
    expect(r.byShortcut).toBeCloseTo(-19.2, 9);
    expect(r.byNudge).toBeCloseTo(-19.196, 6);
    expect(r.way).toBe("right");
  });
  it("says left when the slope is positive, and nowhere at the bottom", () => {
    expect(compute(normalise({ w: 3 })).way).toBe("left");
    expect(compute(normalise({ w: 2.5 })).way).toBe("nowhere");
    expect(downhill(0)).toBe("nowhere");
  });
  it("puts the bottom of the U at target ÷ input", () => {
    const s = normalise({ x: 2, target: 5 });
    const low = curve(s).reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(low[0]).toBeCloseTo(2.5, 1);
    expect(compute(s).best).toBe(2.5);
    expect(lossTop(s)).toBeGreaterThan(23.04);
  });
});
