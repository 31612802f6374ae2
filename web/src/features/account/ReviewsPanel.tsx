import { useEffect, useState } from "react";
import { LoadError } from "../../components/Layout/Status";
import { accountApi, type ReviewReceived, type ReviewTask } from "./api";

const SCORE_WORDS = ["", "not yet", "partly", "yes", "yes, and more"];

/** Peer review: classmates' projects to review (anonymous), and the reviews of yours. */
export function ReviewsPanel() {
  const [todo, setTodo] = useState<ReviewTask[]>([]);
  const [received, setReceived] = useState<ReviewReceived[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
    accountApi.reviewsToDo().then(setTodo, fail);
    accountApi.reviewsReceived().then(setReceived, fail);
  }, [tick]);

  return (
    <section aria-labelledby="reviews-title">
      <h2 id="reviews-title">Peer review</h2>
      {error && <LoadError message={error} />}
      {todo.length === 0 && <p className="muted">No classmate's project is waiting for your review.</p>}
      {todo.map((task) => (
        <ReviewForm key={task.id} task={task} onDone={() => setTick((t) => t + 1)} onError={setError} />
      ))}
      <h3>Reviews of your projects</h3>
      {received.length === 0 && <p className="muted">None yet. When you pass a major project, two classmates review it.</p>}
      <ul>
        {received.map((r, i) => (
          <li key={i}>
            <strong>{r.exercise}</strong> ({r.module}):{" "}
            {Object.entries(r.scores)
              .map(([k, v]) => `${k} — ${SCORE_WORDS[v] ?? v}`)
              .join("; ")}
            {r.comment && <blockquote>{r.comment}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewForm({ task, onDone, onError }: { task: ReviewTask; onDone: () => void; onError: (m: string) => void }) {
  const [scores, setScores] = useState<Record<string, number>>(task.scores ?? {});
  const [comment, setComment] = useState(task.comment ?? "");
  const complete = task.rubric.every((r) => scores[r.id]);
  return (
    <form
      className="part"
      onSubmit={(e) => {
        e.preventDefault();
        accountApi.submitReview(task.id, scores, comment).then(onDone, (err: unknown) => onError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <h3>
        {task.exercise} <span className="muted small">({task.module}){task.done ? " · reviewed" : ""}</span>
      </h3>
      <pre>
        <code>{task.code}</code>
      </pre>
      {task.rubric.map((r) => (
        <fieldset key={r.id}>
          <legend>{r.text}</legend>
          {[1, 2, 3, 4].map((v) => (
            <label key={v}>
              <input type="radio" name={`${task.id}-${r.id}`} checked={scores[r.id] === v} onChange={() => setScores({ ...scores, [r.id]: v })} /> {SCORE_WORDS[v]}{" "}
            </label>
          ))}
        </fieldset>
      ))}
      <p>
        <label htmlFor={`comment-${task.id}`}>A kind, specific comment: one thing that works, one thing to try</label>
        <br />
        <textarea id={`comment-${task.id}`} rows={3} cols={60} maxLength={5000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </p>
      <button type="submit" className="button" disabled={!complete}>
        {task.done ? "Update my review" : "Send my review"}
      </button>
    </form>
  );
}
