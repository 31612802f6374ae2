import { describe, expect, it } from "vitest";
import { compute, dataset, normalise, reshuffle, shuffled, toBatches } from "./logic";

describe("batch-splitter", () => {
  it("starts with 20 items in batches of 4: 5 full batches, 50 updates in 10 epochs", () => {
    const r = compute(normalise({}));
    expect(r.batches.map((b) => b.length)).toEqual([4, 4, 4, 4, 4]);
    expect([r.full, r.last, r.perEpoch, r.updates]).toEqual([5, 4, 5, 50]);
    expect(r.mnistBatches).toBe(15000);
  });
  it("puts what is left over into a last, smaller batch", () => {
    const r = compute(normalise({ n: 10, batch: 4, epochs: 3 }));
    expect(r.batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect([r.full, r.last, r.perEpoch, r.updates]).toEqual([2, 2, 3, 9]);
  });
  it("makes one small batch when the batch size is bigger than the dataset", () => {
    const r = compute(normalise({ n: 5, batch: 32 }));
    expect(r.batches.map((b) => b.length)).toEqual([5]);
    expect([r.full, r.last, r.perEpoch]).toEqual([0, 5, 1]);
    expect(r.mnistBatches).toBe(1875);
  });
  it("keeps the file sorted by class without shuffling, so most batches hold one class", () => {
    expect(dataset(6, 3).map((it) => it.label)).toEqual([0, 0, 1, 1, 2, 2]);
    const r = compute(normalise({ n: 20, batch: 4, classes: 2 }));
    expect(r.oneClass).toBe(4);
  });
  it("shuffles every item exactly once, the same way for the same seed", () => {
    const items = dataset(30, 3);
    const a = shuffled(items, 7);
    expect(a.map((it) => it.id).sort((x, y) => x - y)).toEqual(items.map((it) => it.id));
    expect(shuffled(items, 7)).toEqual(a);
    expect(shuffled(items, 8)).not.toEqual(a);
    expect(a).not.toEqual(items);
  });
  it("mixes the classes when shuffled", () => {
    const sorted = compute(normalise({ n: 60, batch: 6, classes: 3 }));
    const mixed = compute(normalise({ n: 60, batch: 6, classes: 3, shuffle: 1, seed: 3 }));
    expect(mixed.oneClass).toBeLessThan(sorted.oneClass);
  });
  it("reshuffles with a new seed and turns shuffling on", () => {
    const s = reshuffle(normalise({ seed: 4 }));
    expect([s.shuffle, s.seed]).toEqual([1, 5]);
    expect(reshuffle(normalise({ seed: 9999 })).seed).toBe(1);
  });
  it("clamps props into range", () => {
    expect(normalise({ n: 500, batch: 0, classes: 1, epochs: 2.6, shuffle: 5, seed: -3 })).toEqual({
      n: 120,
      batch: 1,
      classes: 2,
      epochs: 3,
      shuffle: 1,
      seed: 0,
    });
  });
  it("cuts lists without overlap", () => {
    expect(toBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(toBatches([], 3)).toEqual([]);
  });
});
