import { describe, expect, it } from "vitest";
import { normalise, parseSettings, settingsText } from "./demo";

describe("training demo state", () => {
  it("keeps a known preset and falls back to xor", () => {
    expect(normalise({ preset: "mnist-mlp" })).toEqual({ preset: "mnist-mlp", settings: "" });
    expect(normalise({ preset: "imagenet" })).toEqual({ preset: "xor", settings: "" });
    expect(normalise({})).toEqual({ preset: "xor", settings: "" });
  });

  it("takes suggested settings from a lesson's YAML object", () => {
    const state = normalise({ preset: "mnist-mlp", settings: { epochs: 20, train_subset: 500, dropout: 0 } });
    expect(state.settings).toBe("epochs=20 train_subset=500 dropout=0");
    expect(parseSettings(state.settings)).toEqual({ epochs: 20, train_subset: 500, dropout: 0 });
  });

  it("reads the same settings back from a link, dropping unknown keys and non-numbers", () => {
    expect(parseSettings("epochs=3 batch_size=abc optimizer=adam seed=4 learning_rate=0.01")).toEqual({ epochs: 3, learning_rate: 0.01 });
    expect(parseSettings(42)).toEqual({});
    expect(settingsText({})).toBe("");
  });
});
