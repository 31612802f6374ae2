/**
 * Calls to the account endpoints (`fromzero serve --accounts`), with the CSRF header every
 * state-changing request needs: the server sets a `fromzero_csrf` cookie and checks that the
 * `X-CSRF-Token` header repeats it (another site can send our cookies but cannot read them).
 */
import { ApiError } from "../../client";
import type { ProgressEvent } from "../../progress/events";

export const CSRF_COOKIE = "fromzero_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

export interface Account {
  id: number;
  email: string;
  name: string;
  role: "learner" | "teacher";
}

export interface UploadResult {
  stored: number;
  duplicates: number;
  rejected: { index: number; id: string | null; reason: string }[];
  message: string;
}

export interface ModuleRow {
  id: string;
  title: string;
  visited: boolean;
  exercises_passed: string[];
  exercises_required: string[];
  quiz_best: { score: number; total: number } | null;
  minutes: number;
  complete: boolean;
}

export interface ReviewCard {
  module: string;
  question: string;
  box: number;
  due: string;
  misses: number;
}

export interface Dashboard {
  parts: {
    id: string;
    title: string;
    complete: boolean;
    modules: ModuleRow[];
    projects: { module: string; exercise: string; passed: boolean }[];
  }[];
  minutes: number;
  streak: { current: number; longest: number };
  review: { due: ReviewCard[]; later: ReviewCard[] };
  events: number;
  certificate_earned: boolean;
  parts_remaining: string[];
}

export interface CertificateLinks {
  code: string;
  verify_url: string;
  html_url: string;
  pdf_url: string;
  name: string;
  issued_on: string;
}

export interface CertificateStatus {
  earned: boolean;
  parts_remaining: string[];
  certificate: CertificateLinks | null;
}

export interface Verdict {
  genuine: boolean;
  message: string;
  name?: string;
  issued_on?: string;
}

export interface ClassInfo {
  id: number;
  name: string;
  join_code?: string;
}

export interface ClassTable {
  class: ClassInfo;
  modules: { id: string; title: string }[];
  learners: {
    id: number;
    name: string;
    email: string;
    minutes: number;
    streak: number;
    modules: Record<string, { visited: boolean; complete: boolean; exercises_passed: number; exercises_required: number; quiz_best: { score: number; total: number } | null }>;
  }[];
}

export interface ReviewTask {
  id: number;
  module: string;
  exercise: string;
  code: string;
  rubric: { id: string; text: string }[];
  done: boolean;
  scores: Record<string, number> | null;
  comment: string | null;
}

export interface ReviewReceived {
  submission: number;
  module: string;
  exercise: string;
  scores: Record<string, number>;
  comment: string;
  at: string;
}

/** The value of one cookie in a `document.cookie` string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

async function csrfToken(): Promise<string> {
  const fromCookie = typeof document === "undefined" ? null : readCookie(document.cookie, CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  const body = await call<{ csrf_token: string }>("GET", "/api/accounts/csrf");
  return body.csrf_token;
}

/** Headers for a POST the server should link to the signed-in learner (e.g. an exercise check). */
export async function csrfHeaders(): Promise<Record<string, string>> {
  return { [CSRF_HEADER]: await csrfToken() };
}

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method === "POST" && !path.startsWith("/api/progress/derive")) {
    // derive needs no token, and works where accounts are off (no token to be had there)
    headers[CSRF_HEADER] = await csrfToken();
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "Cannot reach the From Zero server. Check that it is running, then try again.");
  }
  if (!res.ok) {
    let detail = `The server answered ${res.status} ${res.statusText}.`;
    try {
      const parsed = (await res.json()) as { detail?: unknown };
      if (typeof parsed.detail === "string") detail = parsed.detail;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(res.status, detail);
  }
  return (await res.json()) as T;
}

const seg = encodeURIComponent;

export const accountApi = {
  /** The signed-in account, or null (signed out, or accounts off on this server). */
  me: async (): Promise<Account | null> => {
    try {
      return await call<Account>("GET", "/api/accounts/me");
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 404)) return null;
      throw e;
    }
  },
  signUp: (email: string, name: string, password: string) =>
    call<{ user: Account }>("POST", "/api/accounts/signup", { email, name, password }),
  signIn: (email: string, password: string) =>
    call<{ user: Account }>("POST", "/api/accounts/signin", { email, password }),
  signOut: () => call<{ ok: boolean }>("POST", "/api/accounts/signout"),
  signOutEverywhere: () => call<{ ok: boolean; sessions_ended: number }>("POST", "/api/accounts/signout-everywhere"),
  upload: (events: readonly ProgressEvent[]) => call<UploadResult>("POST", "/api/progress", { events }),
  download: () => call<{ format: string; version: number; events: ProgressEvent[] }>("GET", "/api/progress"),
  /** The dashboard for the given events; works without an account (nothing is stored). */
  derive: (events: readonly ProgressEvent[], utcOffsetMinutes: number) =>
    call<Dashboard & { rejected: UploadResult["rejected"] }>(
      "POST",
      `/api/progress/derive?utc_offset=${utcOffsetMinutes}`,
      { events },
    ),
  classes: () => call<{ teaching: ClassInfo[]; joined: ClassInfo[] }>("GET", "/api/classes"),
  createClass: (name: string) => call<ClassInfo>("POST", "/api/classes", { name }),
  joinClass: (code: string) => call<ClassInfo>("POST", "/api/classes/join", { code }),
  classTable: (id: number) => call<ClassTable>("GET", `/api/classes/${id}/table`),
  certificate: () => call<CertificateStatus>("GET", "/api/certificate"),
  issueCertificate: () => call<CertificateLinks>("POST", "/api/certificate"),
  verify: (code: string) => call<Verdict>("GET", `/verify/${seg(code.trim())}`),
  reviewsToDo: () => call<ReviewTask[]>("GET", "/api/reviews/assigned"),
  submitReview: (id: number, scores: Record<string, number>, comment: string) =>
    call<{ id: number; done: boolean }>("POST", `/api/reviews/${id}`, { scores, comment }),
  reviewsReceived: () => call<ReviewReceived[]>("GET", "/api/reviews/received"),
};
