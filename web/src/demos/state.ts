/**
 * Demo state: a flat record of numbers, lists of numbers and short words, so any demo can be
 * written into the URL and read back (see registry.ts for the format).
 */

export type DemoValue = number | number[] | string;
export type DemoState = Record<string, DemoValue>;

/** A number from props, or the fallback when it is missing or not a number. */
export function numberProp(v: unknown, fallback: number): number {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** A list of numbers from props, each clamped, or the fallback list. */
export function numberListProp(v: unknown, fallback: number[], lo: number, hi: number): number[] {
  if (!Array.isArray(v) || v.length === 0) return fallback;
  return v.map((x, i) => clamp(numberProp(x, fallback[i] ?? 0), lo, hi));
}

export function choiceProp<T extends string>(v: unknown, choices: readonly T[], fallback: T): T {
  return typeof v === "string" && (choices as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Replace one element of a list, returning a new list (state stays immutable). */
export function withItem(list: readonly number[], index: number, value: number): number[] {
  return list.map((x, i) => (i === index ? value : x));
}

/**
 * Encode a state as `key:value` pairs joined by commas; lists join their numbers with `;`.
 * encodeState({x: 5, inputs: [3, 7]}) -> "x:5,inputs:3;7". Numbers use JS's shortest
 * round-trip form, so decoding gives back the exact same numbers.
 */
export function encodeState(state: DemoState): string {
  return Object.entries(state)
    .map(([k, v]) => `${k}:${Array.isArray(v) ? v.map(String).join(";") : String(v)}`)
    .join(",");
}

/**
 * Decode text written by encodeState, taking each field's type from `shape` (the demo's
 * initial state). Unknown keys and unreadable values are ignored; the demo's normalise()
 * then clamps what is left into range.
 */
export function decodeState(text: string, shape: DemoState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of text.split(",")) {
    const colon = pair.indexOf(":");
    if (colon <= 0) continue;
    const key = pair.slice(0, colon);
    const raw = pair.slice(colon + 1);
    if (!Object.hasOwn(shape, key)) continue;
    const like = shape[key];
    if (Array.isArray(like)) {
      const list = raw === "" ? [] : raw.split(";").map(Number);
      if (list.every(Number.isFinite)) out[key] = list;
    } else if (typeof like === "number") {
      const n = Number(raw);
      if (raw !== "" && Number.isFinite(n)) out[key] = n;
    } else {
      out[key] = raw;
    }
  }
  return out;
}

/**
 * Set (or, with null, remove) one query parameter and return the new query string, keeping
 * `: , ;` readable: withParam("?a=1", "d.x", "x:5,w:1") -> "?a=1&d.x=x:5,w:1".
 */
export function withParam(search: string, key: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(key);
  else params.set(key, value);
  const parts: string[] = [];
  params.forEach((v, k) => parts.push(`${readable(k)}=${readable(v)}`));
  return parts.length ? `?${parts.join("&")}` : "";
}

function readable(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%3B/gi, ";");
}

/** A slider's range: native range input attributes. */
export interface Range {
  min: number;
  max: number;
  step: number;
}

/** x clamped to the range and moved to its nearest step (rounded, so 0.1 + 0.2 reads 0.3). */
export function snap(x: number, r: Range): number {
  const steps = Math.round((clamp(x, r.min, r.max) - r.min) / r.step);
  return Number((r.min + steps * r.step).toFixed(6));
}
