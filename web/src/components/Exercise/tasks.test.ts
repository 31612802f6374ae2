import { describe, expect, it } from "vitest";
import type { GradingResult } from "../../client";
import { taskVerdicts } from "./tasks";

const result = (r: Partial<GradingResult>): GradingResult => ({ status: "fail", summary: "", tests: [], output: "", ...r });

describe("taskVerdicts", () => {
  it("says not attempted before any check", () => {
    expect(taskVerdicts([1, 2], null).get(1)!.status).toBe("not-attempted");
  });
  it("says not attempted for an untouched starter", () => {
    expect(taskVerdicts([1], result({ status: "not-attempted" })).get(1)!.status).toBe("not-attempted");
  });
  it("passes a task only when all its checks pass", () => {
    const v = taskVerdicts(
      [1, 2],
      result({
        tests: [
          { name: "a", task: 1, status: "pass", message: "" },
          { name: "b", task: 2, status: "pass", message: "" },
          { name: "c", task: 2, status: "fail", message: "Did you add the bias?" },
        ],
      }),
    );
    expect(v.get(1)!.status).toBe("pass");
    expect(v.get(2)!.status).toBe("fail");
    expect(v.get(2)!.tests).toHaveLength(2);
  });
  it("uses the overall status for a task with no checks of its own", () => {
    expect(taskVerdicts([1], result({ status: "error", tests: [] })).get(1)!.status).toBe("error");
  });
  it("marks every task stopped when the run hit a limit", () => {
    const r = result({ status: "limit", tests: [{ name: "a", task: 1, status: "pass", message: "" }] });
    expect(taskVerdicts([1], r).get(1)!.status).toBe("limit");
  });
});
