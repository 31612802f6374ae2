import { describe, expect, it } from "vitest";
import { choiceProp, decodeState, encodeState, numberListProp, numberProp, withParam } from "./state";

describe("demo state in the URL", () => {
  it("encodes numbers, lists and words", () => {
    expect(encodeState({ x: 5, w: 0.5, b: -1 })).toBe("x:5,w:0.5,b:-1");
    expect(encodeState({ inputs: [3, 7, 2], activation: "relu" })).toBe("inputs:3;7;2,activation:relu");
  });

  it("decodes back to the same numbers", () => {
    const shape = { x: 0, inputs: [0], activation: "sigmoid" };
    const s = { x: 0.1 + 0.2, inputs: [1 / 3, -2], activation: "relu" };
    expect(decodeState(encodeState(s), shape)).toEqual(s);
  });

  it("ignores unknown keys and unreadable numbers", () => {
    expect(decodeState("x:abc,y:3,w:2,junk", { x: 1, w: 1 })).toEqual({ w: 2 });
    expect(decodeState("inputs:1;zz", { inputs: [0] })).toEqual({});
  });
});

describe("props", () => {
  it("falls back when a prop is missing or wrong", () => {
    expect(numberProp(undefined, 3)).toBe(3);
    expect(numberProp("2.5", 3)).toBe(2.5);
    expect(numberProp(NaN, 3)).toBe(3);
    expect(numberListProp([1, 50], [0, 0], -10, 10)).toEqual([1, 10]);
    expect(numberListProp("nope", [1], -10, 10)).toEqual([1]);
    expect(choiceProp("tanh", ["sigmoid", "relu"] as const, "sigmoid")).toBe("sigmoid");
  });
});

describe("withParam", () => {
  it("adds, replaces and removes a readable parameter", () => {
    expect(withParam("", "d.neuron-sliders", "x:5,w:0.5,b:1")).toBe("?d.neuron-sliders=x:5,w:0.5,b:1");
    expect(withParam("?a=1&d.x=x:1", "d.x", "x:2")).toBe("?a=1&d.x=x:2");
    expect(withParam("?a=1&d.x=x:1", "d.x", null)).toBe("?a=1");
    expect(withParam("?d.x=x:1", "d.x", null)).toBe("");
  });
  it("round-trips through URLSearchParams", () => {
    const q = withParam("", "d.c", "inputs:2;5,b:-0.5,activation:relu");
    expect(new URLSearchParams(q).get("d.c")).toBe("inputs:2;5,b:-0.5,activation:relu");
  });
});
