/** Small pure helpers for the dashboard, review queue and certificate pages. */
import type { ModuleRow, ReviewCard } from "../account/api";

/** 0 -> "none yet", 7.5 -> "8 min", 95 -> "1 h 35 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m <= 0) return "none yet";
  if (m < 60) return `${m} min`;
  const rest = m % 60;
  return rest ? `${Math.floor(m / 60)} h ${rest} min` : `${m / 60} h`;
}

/** One cell of the dashboard: what is done and what is left, in words. */
export function moduleStatus(row: ModuleRow): string {
  if (row.complete) return "Complete";
  const left: string[] = [];
  if (!row.visited) left.push("read the lesson");
  const missing = row.exercises_required.filter((s) => !row.exercises_passed.includes(s)).length;
  if (missing) left.push(`pass ${missing} exercise${missing === 1 ? "" : "s"}`);
  const q = row.quiz_best;
  if (!q || q.score / q.total < 0.8) left.push("score 80 % on the quiz");
  return `To do: ${left.join(", ")}`;
}

/** When a review card comes back, relative to now: "today", "tomorrow", "in 4 days". */
export function dueText(card: ReviewCard, now: Date): string {
  const days = Math.ceil((Date.parse(card.due) - now.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}

/** The browser's offset from UTC in minutes, the way the server counts streak days. */
export function utcOffsetMinutes(now: Date): number {
  return -now.getTimezoneOffset();
}
