import { describe, expect, it } from "vitest";
import { NEXT_CHAR } from "./data.generated";
import { TOP, compute, normalise, percent, promptLabel } from "./logic";
import type { NextCharData } from "./types";

const tiny: NextCharData = {
  vocab: "ab\n",
  config: { vocab_size: 3, n_embd: 4, n_layer: 1, n_head: 1, block_size: 8 },
  prompts: [{ prompt: "ab", ids: [0, 1], logits: [0, 2, 1] }],
};

describe("next-char", () => {
  it("turns logits into chances with softmax, biggest first", () => {
    const v = compute(normalise({}, tiny), tiny);
    expect(v.rows.map((r) => r.shown)).toEqual(["b", "\u21b5", "a"]);
    expect(v.total).toBeCloseTo(1 + Math.exp(2) + Math.exp(1), 12);
    expect(v.rows[0]!.chance).toBeCloseTo(Math.exp(2) / v.total, 12);
    expect(v.rows.reduce((a, r) => a + r.chance, 0)).toBeCloseTo(1, 12);
  });
  it("has the shipped model's numbers: after 'To be, or not to b' it bets on e", () => {
    const i = NEXT_CHAR.prompts.findIndex((p) => p.prompt === "To be, or not to b");
    expect(i).toBeGreaterThanOrEqual(0);
    const v = compute(normalise({ prompt: i }));
    expect(v.vocabSize).toBe(NEXT_CHAR.config.vocab_size);
    expect(v.rows).toHaveLength(NEXT_CHAR.config.vocab_size);
    expect(v.rows[0]!.shown).toBe("e");
    expect(v.rows[0]!.chance).toBeGreaterThan(0.5);
    expect(v.rest).toBeCloseTo(1 - v.rows.slice(0, TOP).reduce((a, r) => a + r.chance, 0), 12);
  });
  it("stores one logit per character for every prompt", () => {
    for (const p of NEXT_CHAR.prompts) {
      expect(p.logits).toHaveLength(NEXT_CHAR.vocab.length);
      expect(p.ids.map((id) => NEXT_CHAR.vocab[id]).join("")).toBe(p.prompt);
    }
  });
  it("clamps the prompt and the view", () => {
    expect(normalise({ prompt: 99, show: "x" })).toEqual({ prompt: NEXT_CHAR.prompts.length - 1, show: "top" });
    expect(normalise({ prompt: -3, show: "all" })).toEqual({ prompt: 0, show: "all" });
  });
  it("writes percents and prompts readably", () => {
    expect(percent(0.7753)).toBe("77.5 %");
    expect(promptLabel("ROMEO:\n")).toBe("ROMEO:\u21b5");
  });
});
