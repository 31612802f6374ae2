import { describe, expect, it } from "vitest";
import { ProgressFileError, deriveStats, mergeEvents, parseProgressFile, type ProgressEvent } from "./events";
import { ProgressStore, STORAGE_KEY } from "./store";

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, v);
  }
}

function ev(partial: Partial<ProgressEvent>): ProgressEvent {
  return { id: "x", kind: "visit", module: "m", item: null, outcome: "visited", at: "2026-01-01T00:00:00.000Z", ...partial };
}

describe("ProgressStore", () => {
  it("keeps events in localStorage under fromzero.progress.v1 and reloads them", () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    store.record("visit", "m2.1", null, "visited");
    store.record("check", "m2.1", "first-neuron", "pass");
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.format).toBe("fromzero-progress");
    expect(saved.events).toHaveLength(2);
    const again = new ProgressStore(storage);
    expect(again.getEvents().map((e) => e.kind)).toEqual(["visit", "check"]);
  });

  it("gives every event a unique id and an ISO time", () => {
    const store = new ProgressStore(null, () => new Date("2026-02-03T04:05:06Z"));
    const a = store.record("run", "m", "neuron", "ok");
    const b = store.record("run", "m", "neuron", "ok");
    expect(a.id).not.toBe(b.id);
    expect(a.at).toBe("2026-02-03T04:05:06.000Z");
  });

  it("starts empty when the stored entry is damaged", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "{not json");
    expect(new ProgressStore(storage).getEvents()).toEqual([]);
  });

  it("notifies subscribers on change", () => {
    const store = new ProgressStore(null);
    let calls = 0;
    const off = store.subscribe(() => (calls += 1));
    store.record("visit", "m", null, "visited");
    off();
    store.record("visit", "m", null, "visited");
    expect(calls).toBe(1);
  });

  it("exports a file that imports back, ignoring duplicates by id", () => {
    const a = new ProgressStore(null);
    a.record("visit", "m2.1", null, "visited");
    a.record("quiz", "m2.1", "quiz", "3/6");
    const text = a.exportText();
    const b = new ProgressStore(null);
    expect(b.importText(text)).toEqual({ added: 2, skipped: 0 });
    expect(b.importText(text)).toEqual({ added: 0, skipped: 2 });
    expect(b.getEvents()).toHaveLength(2);
  });

  it("leaves progress untouched when the imported file is bad", () => {
    const store = new ProgressStore(null);
    store.record("visit", "m", null, "visited");
    expect(() => store.importText('{"format": "something-else"}')).toThrow(ProgressFileError);
    expect(store.getEvents()).toHaveLength(1);
  });
});

describe("parseProgressFile", () => {
  it("says when the file is not JSON", () => {
    expect(() => parseProgressFile("hello")).toThrow(/not valid JSON/);
  });
  it("says when the format is wrong", () => {
    expect(() => parseProgressFile("[]")).toThrow(/"format" should be "fromzero-progress"/);
  });
  it("says when the version is unknown", () => {
    expect(() => parseProgressFile('{"format":"fromzero-progress","version":9,"events":[]}')).toThrow(/version 9/);
  });
  it("names the bad event and field", () => {
    const text = JSON.stringify({ format: "fromzero-progress", version: 1, events: [ev({ id: "a" }), ev({ id: "b", kind: "dance" as never })] });
    expect(() => parseProgressFile(text)).toThrow(/Event number 2 has an unknown "kind"/);
  });
  it("rejects an event without a date", () => {
    const text = JSON.stringify({ format: "fromzero-progress", version: 1, events: [ev({ at: "yesterday" })] });
    expect(() => parseProgressFile(text)).toThrow(/"at" that is not a date/);
  });
});

describe("deriveStats", () => {
  it("derives visited, exercises passed and the best quiz score", () => {
    const stats = deriveStats([
      ev({ id: "1", kind: "visit", module: "a" }),
      ev({ id: "2", kind: "check", module: "a", item: "e1", outcome: "fail" }),
      ev({ id: "3", kind: "check", module: "a", item: "e1", outcome: "pass" }),
      ev({ id: "4", kind: "check", module: "a", item: "e1", outcome: "pass" }),
      ev({ id: "5", kind: "check", module: "a", item: "e2", outcome: "not-attempted" }),
      ev({ id: "6", kind: "quiz", module: "a", item: "quiz", outcome: "4/6" }),
      ev({ id: "7", kind: "quiz", module: "a", item: "quiz", outcome: "2/6" }),
    ]);
    const a = stats.get("a")!;
    expect(a.visited).toBe(true);
    expect([...a.passed]).toEqual(["e1"]);
    expect(a.bestQuiz).toEqual({ score: 4, total: 6 });
    expect(stats.get("b")).toBeUndefined();
  });
  it("does not count a check without pass as passed", () => {
    const stats = deriveStats([ev({ id: "1", kind: "check", module: "a", item: "e1", outcome: "fail" })]);
    expect(stats.get("a")!.visited).toBe(false);
    expect(stats.get("a")!.passed.size).toBe(0);
  });
});

describe("mergeEvents", () => {
  it("sorts merged events by time", () => {
    const { events } = mergeEvents([ev({ id: "b", at: "2026-01-02T00:00:00Z" })], [ev({ id: "a", at: "2026-01-01T00:00:00Z" })]);
    expect(events.map((e) => e.id)).toEqual(["a", "b"]);
  });
});
