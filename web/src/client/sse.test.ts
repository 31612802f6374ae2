import { describe, expect, it } from "vitest";
import { SseParser } from "./sse";

describe("SseParser", () => {
  it("reads event and data lines separated by a blank line", () => {
    const p = new SseParser();
    expect(p.push('event: stdout\ndata: {"kind":"stdout","text":"hi\\n"}\n\n')).toEqual([
      { event: "stdout", data: '{"kind":"stdout","text":"hi\\n"}' },
    ]);
  });

  it("joins events split across chunks, even inside a line or a CRLF", () => {
    const p = new SseParser();
    expect(p.push("event: do")).toEqual([]);
    expect(p.push('ne\r')).toEqual([]);
    expect(p.push('\ndata: {"status":')).toEqual([]);
    expect(p.push('"ok"}\r\n\r\n')).toEqual([{ event: "done", data: '{"status":"ok"}' }]);
  });

  it("joins several data lines and skips comments", () => {
    const p = new SseParser();
    expect(p.push(": keep-alive\n\ndata: a\ndata: b\n\n")).toEqual([{ event: "message", data: "a\nb" }]);
  });

  it("hands over a last event without the closing blank line", () => {
    const p = new SseParser();
    expect(p.push("event: done\ndata: {}")).toEqual([]);
    expect(p.end()).toEqual([{ event: "done", data: "{}" }]);
  });
});
