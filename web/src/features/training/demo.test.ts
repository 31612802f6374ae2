import { describe, expect, it } from "vitest";
import { normalise } from "./demo";

describe("training demo state", () => {
  it("keeps a known preset and falls back to xor", () => {
    expect(normalise({ preset: "mnist-mlp" })).toEqual({ preset: "mnist-mlp" });
    expect(normalise({ preset: "imagenet" })).toEqual({ preset: "xor" });
    expect(normalise({})).toEqual({ preset: "xor" });
  });
});
