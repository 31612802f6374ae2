import { describe, expect, it } from "vitest";
import { explain } from "../../explain";
import { history, normalise } from "./logic";

describe("backprop-train", () => {
  it("matches the worked backprop_train steps", () => {
    const rows = history(normalise({ steps: 5 }));
    const worked = explain("backprop_train", { x: 2, target: 1, w1: 0.5, w2: 0.8, lr: 0.1, steps: 5, show: "loss" });
    expect(rows[5]!.loss).toBeCloseTo(worked[worked.length - 1]!.value, 14);
    expect(rows[1]!.w1).toBeCloseTo(0.564, 12);
  });
  it("the loss goes down with a small learning rate", () => {
    const rows = history(normalise({ steps: 20 }));
    expect(rows[20]!.loss).toBeLessThan(rows[0]!.loss);
  });
  it("a learning rate that is too big makes the loss grow", () => {
    const rows = history(normalise({ lr: 0.5, x: 3, steps: 6 }));
    expect(rows[6]!.loss).toBeGreaterThan(rows[0]!.loss);
  });
});
