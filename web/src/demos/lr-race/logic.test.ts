import { describe, expect, it } from "vitest";
import { advance, compute, factor, message, normalise, runLane } from "./logic";

describe("lr-race", () => {
  it("starts all lanes at the same loss", () => {
    const lanes = compute(normalise({}));
    expect(lanes.map((l) => l.loss)).toEqual([23.04, 23.04, 23.04].map((v) => expect.closeTo(v, 9)));
  });
  it("the small rate crawls, the good rate arrives", () => {
    const [slow, good] = compute(normalise({ done: 40 }));
    expect(slow!.status).toBe("on its way");
    expect(slow!.loss).toBeGreaterThan(0.01);
    expect(good!.status).toBe("arrived");
  });
  it("the big rate blows up to infinity and then NaN, for real", () => {
    const s = normalise({});
    expect(runLane(advance(s, 10), 1).status).toBe("blowing up");
    expect(runLane(advance(s, 200), 1).status).toBe("infinity");
    const broken = runLane(advance(s, 600), 1);
    expect(broken.status).toBe("NaN");
    expect(broken.brokeAt).toBe(366);
    expect(message(broken)).toContain("iteration 366");
  });
  it("a middle rate bounces but gets there", () => {
    expect(factor(2, 0.2)).toBeCloseTo(-0.6, 12);
    expect(runLane(normalise({ done: 3 }), 0.2).status).toBe("bouncing");
  });
  it("stops at the last iteration and keeps three lanes", () => {
    expect(advance(normalise({}), 5000).done).toBe(600);
    expect(normalise({ rates: [0.5] }).rates).toEqual([0.5, 0.05, 0.05]);
  });
});
