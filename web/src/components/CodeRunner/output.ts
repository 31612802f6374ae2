/** The output panel's content, built up event by event as a run streams in. */
import type { RunEvent } from "../../client";

export type OutputItem =
  | { kind: "stdout" | "stderr"; text: string }
  | { kind: "figure"; png: string }
  | { kind: "metric"; text: string };

export interface RunOutput {
  items: OutputItem[];
  /** Every fromzero.live.log(...) call, in order, for the live chart. */
  metrics: Record<string, unknown>[];
  done: { status: string; message: string } | null;
}

export const EMPTY_OUTPUT: RunOutput = { items: [], metrics: [], done: null };

/** Add one event; consecutive text of the same kind joins into one block. */
export function addEvent(out: RunOutput, e: RunEvent): RunOutput {
  if (e.kind === "done") {
    const message = typeof e.message === "string" ? e.message : e.status === "ok" ? "Your program finished." : `Your program stopped (${e.status}).`;
    return { ...out, done: { status: e.status, message } };
  }
  if (e.kind === "figure") return { ...out, items: [...out.items, { kind: "figure", png: e.png }] };
  if (e.kind === "metric") {
    const { kind: _kind, ...values } = e;
    const text = Object.entries(values)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(", ");
    return { ...out, items: [...out.items, { kind: "metric", text }], metrics: [...out.metrics, values] };
  }
  const last = out.items[out.items.length - 1];
  if (last && last.kind === e.kind) {
    return { ...out, items: [...out.items.slice(0, -1), { kind: e.kind, text: last.text + e.text }] };
  }
  return { ...out, items: [...out.items, { kind: e.kind, text: e.text }] };
}

/** Everything printed to stdout, to compare with a code block's expected output. */
export function printed(out: RunOutput): string {
  return out.items.map((i) => (i.kind === "stdout" ? i.text : "")).join("");
}

/** Two outputs match if they differ only in trailing spaces or line endings. */
export function sameOutput(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, "\n").replace(/[ \t]+$/gm, "").trimEnd();
  return norm(a) === norm(b);
}
