import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../progress/events";
import { readCookie } from "./api";
import { chunk, describe as describeSync, pending } from "./sync";

const ev = (id: string): ProgressEvent => ({
  id,
  kind: "visit",
  module: "m1.1-double",
  item: null,
  outcome: "visited",
  at: "2026-11-27T10:00:00.000Z",
});

describe("readCookie", () => {
  it("finds one cookie among several, decoded", () => {
    expect(readCookie("a=1; fromzero_csrf=abc%2Dd; b=2", "fromzero_csrf")).toBe("abc-d");
  });
  it("returns null when the cookie is absent or the string is empty", () => {
    expect(readCookie("a=1", "fromzero_csrf")).toBeNull();
    expect(readCookie("", "fromzero_csrf")).toBeNull();
  });
  it("does not match a cookie whose name only ends the same", () => {
    expect(readCookie("xfromzero_csrf=1", "fromzero_csrf")).toBeNull();
  });
});

describe("sync", () => {
  it("sends only events the server has not acknowledged", () => {
    expect(pending([ev("a"), ev("b"), ev("c")], new Set(["b"])).map((e) => e.id)).toEqual(["a", "c"]);
  });
  it("splits uploads into chunks and keeps every event", () => {
    const parts = chunk([1, 2, 3, 4, 5], 2);
    expect(parts).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
  it("describes a sync in one sentence", () => {
    const text = describeSync({
      sent: 3,
      stored: 2,
      duplicates: 1,
      received: 4,
      rejected: [{ index: 0, id: "x", reason: "Event number 1 is dated in the future." }],
    });
    expect(text).toBe(
      "Sent 2 new events to your account. 4 came from your other devices. 1 could not be kept: Event number 1 is dated in the future.",
    );
  });
});
