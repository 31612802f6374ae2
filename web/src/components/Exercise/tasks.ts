/** Per-task verdicts from a grading result (a task passes when all its checks pass). */
import type { GradingResult, TestResult } from "../../client";

export type TaskStatus = "not-attempted" | "pass" | "fail" | "error" | "limit";

export interface TaskVerdict {
  status: TaskStatus;
  tests: TestResult[];
}

const LABELS: Record<TaskStatus, string> = {
  "not-attempted": "Not attempted",
  pass: "Passed",
  fail: "Not yet",
  error: "Error",
  limit: "Stopped",
};

export function statusLabel(s: TaskStatus): string {
  return LABELS[s];
}

export function taskVerdicts(taskIds: readonly number[], result: GradingResult | null): Map<number, TaskVerdict> {
  const out = new Map<number, TaskVerdict>();
  for (const id of taskIds) {
    if (!result || result.status === "not-attempted") {
      out.set(id, { status: "not-attempted", tests: result?.tests.filter((t) => t.task === id) ?? [] });
      continue;
    }
    const tests = result.tests.filter((t) => t.task === id);
    let status: TaskStatus = "pass";
    // A run that hit a limit or crashed before its checks says so for every task.
    if (tests.length === 0 || result.status === "limit") status = result.status;
    else if (tests.some((t) => t.status === "error")) status = "error";
    else if (tests.some((t) => t.status === "fail")) status = "fail";
    out.set(id, { status, tests });
  }
  return out;
}
