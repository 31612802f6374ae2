import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { PLACES, VOCAB, WIDTH, compute, normalise, rowsOf, setValue } from "./logic";

describe("embedding-lookup", () => {
  it("starts on the lesson's table, with cat in place 0", () => {
    const s = normalise({});
    expect(VOCAB[s.token]).toBe("cat");
    expect(s.place).toBe(0);
    expect(rowsOf(s.table)).toHaveLength(VOCAB.length);
    expect(rowsOf(s.positions)).toHaveLength(PLACES);
    expect(rowsOf(s.table)[1]).toEqual([0.9, 0.3, -0.2]);
    expect(rowsOf(s.table)[2]).toEqual([0.8, 0.4, -0.1]);
  });

  it("gives the same row by lookup and by one-hot times the table", () => {
    for (let token = 0; token < VOCAB.length; token++) {
      const v = compute(normalise({ token }));
      expect(v.product).toEqual(v.row);
      expect(v.oneHot.reduce((a, b) => a + b, 0)).toBe(1);
      expect(v.oneHot[token]).toBe(1);
      expect(v.lookupSteps.at(-1)!.value).toBe(v.row[WIDTH - 1]);
      expect(v.productSteps.at(-1)!.value).toBe(v.row[WIDTH - 1]);
    }
    expect(compute(normalise({})).multiplications).toBe(18);
  });

  it("adds the place's row to the token's row", () => {
    const v = compute(normalise({ token: 1, place: 2 }));
    expect(v.placeRow).toEqual([0, 0, 0.2]);
    expect(v.sum).toEqual([0.9, 0.3, 0]);
  });

  it("follows an edit of the table and keeps numbers in range", () => {
    let s = setValue(normalise({ token: 3 }), "table", 3, 0, 1.5);
    expect(compute(s).row).toEqual([1.5, 0.7, 0.6]);
    s = setValue(s, "positions", 0, 1, 9);
    expect(rowsOf(s.positions)[0]).toEqual([0.2, 2, 0]);
    expect(setValue(s, "table", 0, 0, Number.NaN).table[0]).toBe(0);
  });

  it("cleans up what comes from the URL", () => {
    const s = normalise({ token: 99, place: -3, table: [5, 0.33] });
    expect(s.token).toBe(VOCAB.length - 1);
    expect(s.place).toBe(0);
    expect(s.table).toHaveLength(VOCAB.length * WIDTH);
    expect(s.table.slice(0, 3)).toEqual([2, 0.3, 0]);
  });

  it("round-trips through the URL", () => {
    const s = setValue(normalise({ token: 4, place: 3 }), "positions", 3, 2, -1.2);
    expect(normalise({ ...s, ...decodeState(encodeState(s), s) })).toEqual(s);
  });
});
