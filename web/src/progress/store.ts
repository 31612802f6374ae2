/**
 * The browser's progress store: events in localStorage under one key, so the app works alone
 * and survives a reload. Components subscribe with useSyncExternalStore (see useProgress.ts).
 */
import {
  FILE_FORMAT,
  FILE_VERSION,
  mergeEvents,
  parseProgressFile,
  type EventKind,
  type ProgressEvent,
  type ProgressFile,
} from "./events";

export const STORAGE_KEY = "fromzero.progress.v1";

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  // randomUUID needs a secure context; plain http on a LAN address has none.
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class ProgressStore {
  private events: ProgressEvent[];
  private listeners = new Set<() => void>();

  constructor(
    private storage: KeyValueStorage | null,
    private now: () => Date = () => new Date(),
  ) {
    this.events = this.load();
  }

  private load(): ProgressEvent[] {
    const raw = this.storage?.getItem(STORAGE_KEY);
    if (!raw) return [];
    try {
      return parseProgressFile(raw).events;
    } catch {
      // A damaged entry must not break the app; start again rather than crash.
      return [];
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.toFile()));
    } catch {
      // Storage full or disabled (private mode): progress lives for this tab only.
    }
    this.listeners.forEach((l) => l());
  }

  /** The current list; a new array after each change, so React can compare by identity. */
  getEvents = (): readonly ProgressEvent[] => this.events;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  record(kind: EventKind, module: string, item: string | null, outcome: string): ProgressEvent {
    const event: ProgressEvent = { id: newId(), kind, module, item, outcome, at: this.now().toISOString() };
    this.events = [...this.events, event];
    this.save();
    return event;
  }

  toFile(): ProgressFile {
    return { format: FILE_FORMAT, version: FILE_VERSION, events: this.events };
  }

  exportText(): string {
    return JSON.stringify(this.toFile(), null, 1) + "\n";
  }

  /** Import a progress file's text; throws ProgressFileError for a bad file (nothing changes). */
  importText(text: string): { added: number; skipped: number } {
    const file = parseProgressFile(text);
    const { events, added, skipped } = mergeEvents(this.events, file.events);
    this.events = events;
    this.save();
    return { added, skipped };
  }

  clear(): void {
    this.events = [];
    this.save();
  }
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The one store the app uses. */
export const progress = new ProgressStore(browserStorage());
