/**
 * A tiny typed fetch wrapper over the generated OpenAPI types (schema.ts). Relative URLs:
 * the server serves this app and the API from one origin.
 */
import type { components } from "./schema";
import { knownBlocks, type Block } from "./blocks";
import { SseParser } from "./sse";

type Schemas = components["schemas"];
export type Course = Schemas["CourseMap"];
export type Part = Schemas["PartSummary"];
export type ModuleSummary = Schemas["ModuleSummary"];
export type Exercise = Schemas["ExerciseOut"];
export type Quiz = Schemas["QuizOut"];
export type QuizQuestion = Schemas["QuestionOut"];
export type GradingResult = Schemas["CheckResult"];
export type TestResult = Schemas["TestResult"];
export type Solution = Schemas["SolutionOut"];
export type QuizResult = Schemas["QuizResult"];
export type QuizAnswers = Schemas["QuizAnswers"]["answers"];
export type Health = Schemas["Health"];
export type { Block } from "./blocks";
/** A lesson document, its blocks typed by kind (see blocks.ts). */
export type Lesson = Omit<Schemas["LessonOut"], "blocks"> & { blocks: Block[] };
export type BlockOf<K extends Block["kind"]> = Extract<Block, { kind: K }>;

/** An answer the server refused, with its sentence for a person. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  let detail = `The server answered ${res.status} ${res.statusText}.`;
  try {
    const body = (await res.json()) as { detail?: unknown };
    if (typeof body.detail === "string") detail = body.detail;
    else if (Array.isArray(body.detail)) detail = body.detail.map((d: { msg?: string }) => d.msg ?? "").join(" ");
  } catch {
    // not JSON: keep the status line
  }
  if (res.status === 429) {
    const wait = res.headers.get("Retry-After");
    if (wait) detail += ` Try again in ${wait} s.`;
  }
  return new ApiError(res.status, detail);
}

/** JSON headers, plus the CSRF token a signed-in session needs on every POST. */
function headersFor(method: "GET" | "POST", body: unknown): Record<string, string> {
  const headers: Record<string, string> = body === undefined ? {} : { "Content-Type": "application/json" };
  if (method === "POST" && typeof document !== "undefined") {
    const token = document.cookie.match(/(?:^|;\s*)fromzero_csrf=([^;]+)/)?.[1];
    if (token) headers["X-CSRF-Token"] = decodeURIComponent(token);
  }
  return headers;
}

async function request<T>(method: "GET" | "POST", path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: headersFor(method, body),
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "Cannot reach the From Zero server. Is `fromzero serve` running?");
  }
  if (!res.ok) throw await errorFrom(res);
  return (await res.json()) as T;
}

const seg = encodeURIComponent;

export const api = {
  health: () => request<Health>("GET", "/api/health"),
  course: (signal?: AbortSignal) => request<Course>("GET", "/api/course", undefined, signal),
  module: async (id: string, signal?: AbortSignal): Promise<Lesson> => {
    const doc = await request<Schemas["LessonOut"]>("GET", `/api/modules/${seg(id)}`, undefined, signal);
    return { ...doc, blocks: knownBlocks(doc.blocks) };
  },
  checkExercise: (moduleId: string, slug: string, code: string) =>
    request<GradingResult>("POST", `/api/exercises/${seg(moduleId)}/${seg(slug)}/check`, { code }),
  solution: (moduleId: string, slug: string) =>
    request<Solution>("POST", `/api/exercises/${seg(moduleId)}/${seg(slug)}/solution`),
  checkQuiz: (moduleId: string, answers: QuizAnswers) =>
    request<QuizResult>("POST", `/api/quiz/${seg(moduleId)}/check`, { answers }),
};

/** One sandbox event from POST /api/run (DESIGN.md §6). */
export type RunEvent =
  | { kind: "stdout"; text: string }
  | { kind: "stderr"; text: string }
  | { kind: "figure"; png: string }
  | { kind: "metric"; [name: string]: unknown }
  | { kind: "done"; status: string; message?: string; [name: string]: unknown };

function toRunEvent(event: string, data: string): RunEvent | null {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return null;
  }
  const kind = typeof parsed.kind === "string" ? parsed.kind : event;
  if (kind === "stdout" || kind === "stderr") return { kind, text: String(parsed.text ?? "") };
  if (kind === "figure") return { kind, png: String(parsed.png ?? "") };
  if (kind === "done") return { ...parsed, kind, status: String(parsed.status ?? "ok") } as RunEvent;
  if (kind === "metric") return { ...parsed, kind } as RunEvent;
  return null;
}

/** Run code in the sandbox, calling onEvent as each event streams in. Abort with signal. */
export async function runCode(code: string, onEvent: (e: RunEvent) => void, signal?: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch("/api/run", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ code }),
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "Cannot reach the From Zero server. Is `fromzero serve` running?");
  }
  if (!res.ok) throw await errorFrom(res);
  if (!res.body) throw new ApiError(res.status, "The server sent no output stream.");
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  const emit = (msgs: { event: string; data: string }[]) => {
    for (const m of msgs) {
      const ev = toRunEvent(m.event, m.data);
      if (ev) onEvent(ev);
    }
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    emit(parser.push(value));
  }
  emit(parser.end());
}
