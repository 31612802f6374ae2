import { describe, expect, it } from "vitest";
import { gptParams } from "../../explain";
import { CHAR_GPT, barWidth, compute, fittingHeads, grouped, normalise, shapeText } from "./logic";

describe("gpt-shapes", () => {
  it("starts at the shipped char-gpt and walks its shapes", () => {
    const s = normalise({});
    expect(s).toEqual({ ...CHAR_GPT, head: "tied" });
    const v = compute(s);
    expect(v.rows.map(shapeText)).toEqual([
      "(1, 128)", "(1, 128, 128)", "(1, 128, 128)", "(1, 4, 128, 32)", "(1, 4, 128, 128)", "(1, 128, 128)",
      "(1, 128, 512)", "(1, 128, 128)", "(1, 128, 128)", "(1, 128, 76)", "(1, 128, 76)", "(1, 76)",
    ]);
  });
  it("counts char-gpt's 819,456 learned numbers, part by part", () => {
    const v = compute(normalise({}));
    expect(v.total).toBe(819456);
    expect(v.counts.tokenTable).toBe(76 * 128);
    expect(v.counts.positionTable).toBe(128 * 128);
    expect(v.counts.block).toBe(198272);
    expect(v.counts.head).toBe(0);
    expect(v.rows.reduce((a, r) => a + r.params, 0) - v.counts.attention - v.counts.feedForward).toBe(v.total);
  });
  it("adds C × V when the head keeps its own weights", () => {
    const v = compute(normalise({ head: "own" }));
    expect(v.total).toBe(819456 + 76 * 128);
    expect(v.total).toBe(gptParams(76, 128, 4, 128, true, false).at(-1)!.value);
  });
  it("uses fewer heads when C does not split evenly", () => {
    expect(fittingHeads(128, 3)).toBe(2);
    expect(fittingHeads(24, 5)).toBe(4);
    expect(fittingHeads(8, 1)).toBe(1);
    const v = compute(normalise({ C: 120, n_head: 7 }));
    expect(v.heads).toBe(6);
    expect(shapeText(v.rows[3]!)).toBe("(1, 6, 128, 20)");
  });
  it("clamps and rounds the sliders", () => {
    const s = normalise({ V: 0, C: 13, n_layer: 99, n_head: "x", T: 5000 });
    expect(s).toEqual({ V: 2, C: 16, n_layer: 24, n_head: 4, T: 1024, head: "tied" });
  });
  it("draws bars that grow with size and stay in range", () => {
    expect(barWidth(10, 1000)).toBeLessThan(barWidth(1000, 1000));
    expect(barWidth(1000, 1000)).toBe(100);
    expect(barWidth(0, 1e9)).toBe(4);
    expect(grouped(819456)).toBe("819,456");
  });
});
