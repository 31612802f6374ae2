import { describe, expect, it } from "vitest";
import { accuracyOf, advance, trained, forward, grid, initNet, makeData, meanLoss, normalise, sgdStep, sizes } from "./logic";

describe("net-playground", () => {
  it("makes balanced, seeded datasets", () => {
    for (const d of ["xor", "circle", "spiral"] as const) {
      const a = makeData(d, 160, 1);
      expect(a.x).toHaveLength(160);
      expect(makeData(d, 160, 1)).toEqual(a);
      const ones = a.y.filter((v) => v === 1).length;
      expect(ones).toBeGreaterThan(30);
      expect(ones).toBeLessThan(130);
    }
  });
  it("builds the layer sizes from the controls", () => {
    expect(sizes({ layers: 2, neurons: 5 })).toEqual([2, 5, 5, 1]);
    const net = initNet({ layers: 2, neurons: 5, seed: 3 });
    expect(net.W.map((w) => [w.length, w[0]!.length])).toEqual([[5, 2], [5, 5], [1, 5]]);
  });
  it("one backprop step matches a nudge of the loss", () => {
    const s = { layers: 1, neurons: 3, seed: 2 };
    const x = [0.3, -0.7];
    const loss = (n: ReturnType<typeof initNet>) => {
      const p = forward(n, "sigmoid", x).h[2]![0]!;
      return (p - 1) * (p - 1);
    };
    const net = initNet(s);
    const before = net.W[0]![1]![0]!;
    const nudged = initNet(s);
    nudged.W[0]![1]![0] = before + 1e-6;
    const slope = (loss(nudged) - loss(net)) / 1e-6;
    sgdStep(net, "sigmoid", x, 1, 0.1);
    expect((before - net.W[0]![1]![0]!) / 0.1).toBeCloseTo(slope, 4);
  });
  it("learns XOR: the loss goes down and accuracy goes up", () => {
    const s = normalise({ dataset: "xor", layers: 1, neurons: 4, epochs: 200, lr: 0.3 });
    const run = advance(null, s);
    expect(run.losses[run.losses.length - 1]).toBeLessThan(run.losses[0]!);
    expect(accuracyOf(run.net, s.activation, run.data)).toBeGreaterThan(0.9);
    expect(meanLoss(run.net, s.activation, run.data)).toBeLessThan(0.1);
  });
  it("continues a run when only the epochs grow, and restarts otherwise", () => {
    const s = normalise({ epochs: 20 });
    const a = advance(null, s);
    const w = JSON.stringify(a.net);
    const b = advance(a, { ...s, epochs: 30 });
    expect(b).toBe(a);
    expect(b.epochs).toBe(30);
    const fresh = advance(null, { ...s, epochs: 30 });
    expect(JSON.stringify(fresh.net)).toBe(JSON.stringify(b.net));
    expect(w).not.toBe(JSON.stringify(b.net));
    expect(advance(b, { ...s, dataset: "circle" }).key).not.toBe(b.key);
  });
  it("remembers the last run between renders", () => {
    const s = normalise({ epochs: 10 });
    const a = trained(s);
    expect(trained({ ...s, epochs: 20 })).toBe(a);
    expect(a.epochs).toBe(20);
  });
  it("paints a grid for the output and for one hidden neuron", () => {
    const net = initNet({ layers: 1, neurons: 2, seed: 1 });
    expect(grid(net, "relu", 5)).toHaveLength(25);
    expect(grid(net, "relu", 5, 1, 1)).toHaveLength(25);
  });
});
