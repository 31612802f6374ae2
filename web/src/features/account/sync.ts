/**
 * Keeping this browser's progress and the account's progress the same. Every event has the id
 * the browser gave it, and the server stores an id once, so syncing is simply: send what the
 * server has not acknowledged yet, fetch everything, merge by id. Doing it twice changes
 * nothing; two devices that sync end with the same events.
 */
import type { ProgressEvent } from "../../progress/events";
import { progress } from "../../progress/store";
import { accountApi, type UploadResult } from "./api";

/** Ids the server has acknowledged (stored, already had, or refused for good). */
export const SYNCED_KEY = "fromzero.synced.v1";
/** Events per upload: far below the server's 2 MB limit. */
export const CHUNK = 1000;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Events the server has not acknowledged yet, in the order they happened. */
export function pending(events: readonly ProgressEvent[], synced: ReadonlySet<string>): ProgressEvent[] {
  return events.filter((e) => !synced.has(e.id));
}

export interface SyncReport {
  sent: number;
  stored: number;
  duplicates: number;
  rejected: UploadResult["rejected"];
  received: number;
}

/** One sentence for the person, e.g. "Sent 3 new events; 2 came from your other devices." */
export function describe(r: SyncReport): string {
  const parts = [r.sent ? `Sent ${r.stored} new event${r.stored === 1 ? "" : "s"} to your account.` : "Nothing new to send."];
  if (r.received) parts.push(`${r.received} came from your other devices.`);
  if (r.rejected.length) {
    parts.push(`${r.rejected.length} could not be kept: ${r.rejected[0]?.reason ?? ""}`);
  }
  return parts.join(" ");
}

function loadSynced(): Set<string> {
  try {
    const raw = localStorage.getItem(SYNCED_KEY);
    return new Set(raw ? (JSON.parse(raw) as string[]) : []);
  } catch {
    return new Set();
  }
}

function saveSynced(ids: Set<string>): void {
  try {
    localStorage.setItem(SYNCED_KEY, JSON.stringify([...ids]));
  } catch {
    // storage full: the next sync sends these again and the server counts them once
  }
}

/** Send local events, fetch the account's, merge them into this browser. */
export async function syncNow(): Promise<SyncReport> {
  const synced = loadSynced();
  const toSend = pending(progress.getEvents(), synced);
  const report: SyncReport = { sent: toSend.length, stored: 0, duplicates: 0, rejected: [], received: 0 };
  for (const part of chunk(toSend, CHUNK)) {
    const r = await accountApi.upload(part);
    report.stored += r.stored;
    report.duplicates += r.duplicates;
    report.rejected.push(...r.rejected);
    // Rejected events are marked too: sending them again would be refused again.
    for (const e of part) synced.add(e.id);
    saveSynced(synced);
  }
  const server = await accountApi.download();
  const local = new Set(progress.getEvents().map((e) => e.id));
  // Import only when the server has something new: importing changes the store, and an
  // unchanged store must stay unchanged so auto-sync does not wake itself up again.
  if (server.events.some((e) => !local.has(e.id))) {
    report.received = progress.importText(JSON.stringify(server)).added;
  }
  for (const e of server.events) synced.add(e.id);
  saveSynced(synced);
  return report;
}

/** Forget which events were sent (after signing out: another account may sign in here). */
export function forgetSynced(): void {
  try {
    localStorage.removeItem(SYNCED_KEY);
  } catch {
    // nothing to forget
  }
}
