/**
 * Progress as a list of events, one per interaction (DESIGN.md §8). Everything the map shows
 * (visited, exercises passed, best quiz score) is derived from them, never stored separately.
 */

export const EVENT_KINDS = ["visit", "run", "check", "hint", "solution", "quiz"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ProgressEvent {
  id: string;
  kind: EventKind;
  /** Module id, e.g. "m2.1-simplest-neuron". */
  module: string;
  /** What inside the module: an exercise slug, a code block id, "quiz"; null for a visit. */
  item: string | null;
  /** visit "visited"; run: the done status; check: the grading status; hint: its number;
   *  solution "shown"; quiz: "score/total", e.g. "4/6" (item "quiz"), or "right"/"wrong"
   *  for one question (item = the question id, for the review queue). */
  outcome: string;
  /** ISO 8601 time. */
  at: string;
}

export const FILE_FORMAT = "fromzero-progress";
export const FILE_VERSION = 1;

export interface ProgressFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  events: ProgressEvent[];
}

export class ProgressFileError extends Error {
  override name = "ProgressFileError";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Check one event and say exactly what is wrong with it. */
export function validateEvent(v: unknown, index: number): ProgressEvent {
  const where = `Event number ${index + 1}`;
  if (!isRecord(v)) throw new ProgressFileError(`${where} is not an object.`);
  const { id, kind, module, item, outcome, at } = v;
  if (typeof id !== "string" || id === "") throw new ProgressFileError(`${where} has no "id".`);
  if (typeof kind !== "string" || !(EVENT_KINDS as readonly string[]).includes(kind)) {
    throw new ProgressFileError(`${where} has an unknown "kind" (${String(kind)}); expected one of ${EVENT_KINDS.join(", ")}.`);
  }
  if (typeof module !== "string" || module === "") throw new ProgressFileError(`${where} has no "module".`);
  if (item !== null && item !== undefined && typeof item !== "string") {
    throw new ProgressFileError(`${where} has an "item" that is not text.`);
  }
  if (typeof outcome !== "string") throw new ProgressFileError(`${where} has an "outcome" that is not text.`);
  if (typeof at !== "string" || Number.isNaN(Date.parse(at))) {
    throw new ProgressFileError(`${where} has an "at" that is not a date.`);
  }
  return { id, kind: kind as EventKind, module, item: item ?? null, outcome, at };
}

/** Parse the text of a progress file; throws ProgressFileError with a sentence for a person. */
export function parseProgressFile(text: string): ProgressFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProgressFileError("This file is not a From Zero progress file: it is not valid JSON.");
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT) {
    throw new ProgressFileError(`This file is not a From Zero progress file: "format" should be "${FILE_FORMAT}".`);
  }
  if (data.version !== FILE_VERSION) {
    throw new ProgressFileError(
      `This progress file has version ${String(data.version)}; this app reads version ${FILE_VERSION}.`,
    );
  }
  if (!Array.isArray(data.events)) throw new ProgressFileError('This progress file has no "events" list.');
  return { format: FILE_FORMAT, version: FILE_VERSION, events: data.events.map(validateEvent) };
}

export interface ModuleStats {
  visited: boolean;
  /** Slugs of the exercises with at least one passing check. */
  passed: Set<string>;
  /** Best quiz result so far, by score ratio. */
  bestQuiz: { score: number; total: number } | null;
}

function parseScore(outcome: string): { score: number; total: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(outcome);
  if (!m) return null;
  const score = Number(m[1]);
  const total = Number(m[2]);
  return total > 0 ? { score, total } : null;
}

/** Fold the events into per-module stats. */
export function deriveStats(events: readonly ProgressEvent[]): Map<string, ModuleStats> {
  const stats = new Map<string, ModuleStats>();
  const get = (module: string): ModuleStats => {
    let s = stats.get(module);
    if (!s) {
      s = { visited: false, passed: new Set(), bestQuiz: null };
      stats.set(module, s);
    }
    return s;
  };
  for (const e of events) {
    const s = get(e.module);
    if (e.kind === "visit") s.visited = true;
    else if (e.kind === "check" && e.outcome === "pass" && e.item) s.passed.add(e.item);
    else if (e.kind === "quiz") {
      const q = parseScore(e.outcome);
      if (q && (!s.bestQuiz || q.score / q.total > s.bestQuiz.score / s.bestQuiz.total)) s.bestQuiz = q;
    }
  }
  return stats;
}

/** Add events from another list, skipping ids already present; keeps time order. */
export function mergeEvents(
  current: readonly ProgressEvent[],
  incoming: readonly ProgressEvent[],
): { events: ProgressEvent[]; added: number; skipped: number } {
  const seen = new Set(current.map((e) => e.id));
  const merged = [...current];
  let added = 0;
  for (const e of incoming) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    merged.push(e);
    added += 1;
  }
  merged.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { events: merged, added, skipped: incoming.length - added };
}
