import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { NEAREST, POINTS } from "./data";
import { SIZE, VOCAB, WIDTH, barPercent, kindOf, markOf, nameOf, neighbours, normalise, placed } from "./logic";

describe("embedding-map", () => {
  it("holds one place and five neighbours for every character of the model", () => {
    expect(VOCAB.length).toBe(76);
    expect(WIDTH).toBe(128);
    expect(POINTS).toHaveLength(VOCAB.length);
    expect(NEAREST).toHaveLength(VOCAB.length);
    NEAREST.forEach((row, i) => {
      expect(row).toHaveLength(5);
      row.forEach(([id, sim]) => {
        expect(id).not.toBe(i);
        expect(sim).toBeGreaterThanOrEqual(-1);
        expect(sim).toBeLessThanOrEqual(1);
      });
      for (let k = 1; k < row.length; k++) expect(row[k]![1]).toBeLessThanOrEqual(row[k - 1]![1]);
    });
  });

  it("starts on a, whose nearest characters are vowels", () => {
    const s = normalise({});
    expect(VOCAB[s.pick]).toBe("a");
    const near = neighbours(s.pick).map((n) => n.ch);
    expect(near.filter((ch) => "AEIOUaeiou".includes(ch)).length).toBeGreaterThanOrEqual(4);
  });

  it("puts the full stop next to the other sentence ends", () => {
    const near = neighbours(VOCAB.indexOf(".")).map((n) => n.ch);
    expect(near.slice(0, 2).sort()).toEqual(["!", "?"]);
  });

  it("names the characters you cannot see", () => {
    expect(nameOf(" ")).toBe("space");
    expect(nameOf("\n")).toBe("new line");
    expect(markOf(" ")).toBe("␣");
    expect(nameOf("T")).toBe("T");
    expect(kindOf("e")).toBe("vowel");
    expect(kindOf("t")).toBe("consonant");
    expect(kindOf("T")).toBe("capital");
    expect(kindOf("7")).toBe("digit");
    expect(kindOf("?")).toBe("punctuation");
    expect(kindOf("\n")).toBe("gap");
  });

  it("fits every dot inside the picture", () => {
    for (const p of placed()) {
      expect(p.x).toBeGreaterThanOrEqual(SIZE.pad - 1e-9);
      expect(p.x).toBeLessThanOrEqual(SIZE.width - SIZE.pad + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(SIZE.pad - 1e-9);
      expect(p.y).toBeLessThanOrEqual(SIZE.height - SIZE.pad + 1e-9);
    }
    expect(barPercent(1)).toBe(100);
    expect(barPercent(-1)).toBe(0);
    expect(barPercent(0)).toBe(50);
  });

  it("cleans up and round-trips the URL", () => {
    expect(normalise({ pick: 500 }).pick).toBe(VOCAB.length - 1);
    expect(normalise({ pick: "x" }).pick).toBe(VOCAB.indexOf("a"));
    const s = normalise({ pick: VOCAB.indexOf(",") });
    expect(normalise(decodeState(encodeState(s), s))).toEqual(s);
  });
});
