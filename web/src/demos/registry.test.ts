import { describe, expect, it } from "vitest";
import { DEMOS, urlKey } from "./registry";
import { decodeState, encodeState } from "./state";

describe("demo registry", () => {
  it("registers every Part 2 demo", () => {
    expect(Object.keys(DEMOS)).toEqual(
      expect.arrayContaining([
        "activation-compare",
        "complete-neuron",
        "multi-input-flow",
        "neuron-graph",
        "neuron-heatmap",
        "neuron-sliders",
        "relu-explorer",
        "sigmoid-explorer",
        "weight-importance",
      ]),
    );
  });

  it("round-trips every demo's initial state through the URL", () => {
    for (const spec of Object.values(DEMOS)) {
      const initial = spec.normalise({});
      const back = spec.normalise({ ...initial, ...decodeState(encodeState(initial), initial) });
      expect(back, spec.id).toEqual(initial);
    }
  });

  it("names the URL parameter after the demo", () => {
    expect(urlKey("neuron-sliders", 1)).toBe("d.neuron-sliders");
    expect(urlKey("neuron-sliders", 2)).toBe("d.neuron-sliders.2");
  });
});
