/**
 * Calls to the training routes (fromzero/server/routes/training.py). Hand-written until the
 * OpenAPI client is regenerated with them; the shapes mirror the route models.
 */
import { ApiError } from "../../client";
import { SseParser } from "../../client/sse";
import type { ReferenceCurve } from "./chart";
import type { StreamEvent } from "./events";

export interface PresetSetting {
  name: string;
  default: unknown;
  description: string;
  range?: [number, number];
  choices?: string[];
}

export interface Preset {
  name: string;
  summary: string;
  settings: PresetSetting[];
  reference: (ReferenceCurve & { metrics?: Record<string, unknown> }) | null;
  shipped: { recipe: string; metrics: Record<string, unknown> } | null;
}

export interface TrainStarted {
  job_id: string;
  preset: string;
  settings: Record<string, unknown>;
  state: string;
  events_url: string;
  cancel_url: string;
}

/** A refused setting: which field, and what is allowed (from the 422 body). */
export class SettingError extends ApiError {
  override name = "SettingError";
  constructor(
    message: string,
    readonly field: string,
    readonly allowed: unknown,
  ) {
    super(422, message);
  }
}

const OFFLINE = "Cannot reach the From Zero server. Is `fromzero serve` running?";

async function call<T>(method: "GET" | "POST", path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, OFFLINE);
  }
  if (!res.ok) {
    let detail = `The server answered ${res.status}.`;
    let field = "";
    let allowed: unknown = null;
    try {
      const b = (await res.json()) as { detail?: unknown; field?: unknown; allowed?: unknown };
      if (typeof b.detail === "string") detail = b.detail;
      if (typeof b.field === "string") field = b.field;
      allowed = b.allowed ?? null;
    } catch {
      // not JSON: keep the status line
    }
    throw res.status === 422 && field ? new SettingError(detail, field, allowed) : new ApiError(res.status, detail);
  }
  return (await res.json()) as T;
}

export const trainingApi = {
  presets: (signal?: AbortSignal) => call<{ presets: Preset[] }>("GET", "/api/train/presets", undefined, signal),
  start: (preset: string, hyperparameters: Record<string, unknown>) =>
    call<TrainStarted>("POST", "/api/train", { preset, hyperparameters }),
  cancel: (jobId: string) => call<{ state: string }>("POST", `/api/train/${encodeURIComponent(jobId)}/cancel`),
  predictDigit: (pixels: number[][], signal?: AbortSignal) =>
    call<DigitPrediction>("POST", "/api/predict/mnist", { pixels }, signal),
  predictCnn: (pixels: number[][], signal?: AbortSignal) =>
    call<CnnPrediction>("POST", "/api/predict/mnist-cnn", { pixels }, signal),
  generateCharGpt: (settings: GenerateSettings, signal?: AbortSignal) =>
    call<Generation>("POST", "/api/generate/char-gpt", settings, signal),
};

/** What POST /api/generate/char-gpt takes: temperature 0 is greedy, top_k 0 and top_p 1 are off. */
export interface GenerateSettings {
  prompt: string;
  max_new_tokens: number;
  temperature: number;
  top_k: number;
  top_p: number;
  seed: number;
}

/** One step of the writing: the character picked, its chance, and the five likeliest it was picked from. */
export interface GeneratedToken {
  char: string;
  chance: number;
  top5: { char: string; chance: number }[];
}

export interface Generation {
  prompt: string;
  text: string;
  tokens: GeneratedToken[];
  settings: Omit<GenerateSettings, "prompt">;
  model: { name: string; vocab: string; vocab_size: number; block_size: number; n_layer: number; n_head: number; n_embd: number; parameters: number };
}

export interface DigitPrediction {
  steps: { name: string; shape: number[]; values: unknown; text: string }[];
  probabilities: number[];
  prediction: number;
  model: { name: string; sizes: number[] | null; test_accuracy: number | null };
}

/** One layer's output inside the shipped CNN: conv1 [C1, 13, 13], conv2 [C2, 5, 5], dense [H], probabilities [10]. */
export interface CnnLayer {
  name: "conv1" | "conv2" | "dense" | "probabilities";
  shape: number[];
  values: number[] | number[][][];
  text: string;
}

export interface CnnPrediction {
  layers: CnnLayer[];
  probabilities: number[];
  prediction: number;
  model: { name: string; channels: number[] | null; hidden: number | null; parameters: number; test_accuracy: number | null };
}

/** Read a job's event stream, handing over each network chunk's events as one batch. */
export async function streamJob(
  jobId: string,
  onBatch: (events: StreamEvent[]) => void,
  signal?: AbortSignal,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/train/${encodeURIComponent(jobId)}/events`, {
      headers: { Accept: "text/event-stream" },
      signal: signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, OFFLINE);
  }
  if (!res.ok || !res.body) throw new ApiError(res.status, `The training stream could not be opened (${res.status}).`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  const toEvents = (msgs: { event: string; data: string }[]): StreamEvent[] => {
    const out: StreamEvent[] = [];
    for (const m of msgs) {
      try {
        out.push({ kind: m.event, data: JSON.parse(m.data) as Record<string, unknown> });
      } catch {
        // a malformed line cannot be drawn; the next one can
      }
    }
    return out;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const batch = toEvents(parser.push(value));
    if (batch.length) onBatch(batch);
  }
  const rest = toEvents(parser.end());
  if (rest.length) onBatch(rest);
}
