import { describe, expect, it } from "vitest";
import { applyEvents, doneHeadline, emptyState, overallAccuracy, perClassAccuracy, worstConfusion, type StreamEvent } from "./events";

const job: StreamEvent[] = [
  { kind: "status", data: { state: "queued", message: "Waiting for a free trainer (1 in the queue)." } },
  { kind: "status", data: { state: "running", message: "Training started." } },
  { kind: "metric", data: { step: 1, epoch: 1, loss: 0.9 } },
  { kind: "metric", data: { step: 2, epoch: 1, loss: 0.7 } },
  { kind: "epoch", data: { epoch: 1, step: 2, train_accuracy: 0.8, test_accuracy: 0.75, train_loss: 0.5, test_loss: 0.6 } },
  { kind: "confusion", data: { epoch: 1, classes: ["0", "1"], matrix: [[8, 2], [1, 9]], per_class: [0.8, 0.9] } },
  { kind: "sample", data: { epoch: 1, text: "ROMEO:\nBut soft" } },
];

describe("applyEvents", () => {
  it("folds a server job's events into curves, confusion and samples", () => {
    const s = applyEvents(emptyState(), job);
    expect(s.phase).toBe("running");
    expect(s.losses).toEqual([{ step: 1, loss: 0.9 }, { step: 2, loss: 0.7 }]);
    expect(s.epochs[0]).toMatchObject({ epoch: 1, trainAccuracy: 0.8, testAccuracy: 0.75 });
    expect(s.confusion?.matrix).toEqual([[8, 2], [1, 9]]);
    expect(s.samples).toEqual([{ epoch: 1, text: "ROMEO:\nBut soft" }]);
  });

  it("leaves the previous state untouched", () => {
    const before = applyEvents(emptyState(), job.slice(0, 3));
    const after = applyEvents(before, job.slice(3));
    expect(before.losses).toHaveLength(1);
    expect(after.losses).toHaveLength(2);
  });

  it("reads a learner's fromzero.live.log metrics: loss, then accuracies", () => {
    const s = applyEvents(emptyState(), [
      { kind: "metric", data: { step: 1, loss: 0.69 } },
      { kind: "metric", data: { step: 2, loss: 0.5 } },
      { kind: "metric", data: { step: 2, epoch: 1, accuracy: 0.9, test_accuracy: 0.85 } },
    ]);
    expect(s.losses.map((p) => p.loss)).toEqual([0.69, 0.5]);
    expect(s.epochs).toEqual([{ epoch: 1, step: 2, trainAccuracy: 0.9, testAccuracy: 0.85, trainLoss: null, testLoss: null }]);
  });

  it("skips a loss that is not a number instead of drawing garbage", () => {
    const s = applyEvents(emptyState(), [{ kind: "metric", data: { step: 1, loss: null } }]);
    expect(s.losses).toEqual([]);
  });

  it("ends on done and ignores anything after it", () => {
    const done: StreamEvent = { kind: "done", data: { status: "diverged", message: "The loss became NaN at step 13" } };
    const s = applyEvents(emptyState(), [...job, done, { kind: "metric", data: { step: 3, loss: 0.1 } }]);
    expect(s.phase).toBe("finished");
    expect(s.done).toEqual({ status: "diverged", message: "The loss became NaN at step 13" });
    expect(s.losses).toHaveLength(2);
    expect(doneHeadline(s.done!)).toBe("Stopped: the loss blew up");
  });
});

describe("confusion helpers", () => {
  const matrix = [[8, 2], [1, 9]];
  it("per-class accuracy is the diagonal over the row total", () => {
    expect(perClassAccuracy(matrix)).toEqual([0.8, 0.9]);
    expect(perClassAccuracy([[0, 0]])).toEqual([0]);
  });
  it("overall accuracy is the diagonal over everything", () => {
    expect(overallAccuracy(matrix)).toBeCloseTo(0.85);
  });
  it("names the most common mistake", () => {
    expect(worstConfusion({ epoch: 1, classes: ["cat", "dog"], matrix })).toEqual({ actual: "cat", predicted: "dog", count: 2 });
    expect(worstConfusion({ epoch: 1, classes: ["a"], matrix: [[5]] })).toBeNull();
  });
});
