import { useState } from "react";
import { ApiError, api, type Exercise, type GradingResult, type Solution, type TestResult } from "../../client";
import { progress } from "../../progress/store";
import { CodeEditor } from "../Editor/CodeEditor";
import { Html } from "../Html/Html";
import { statusLabel, taskVerdicts } from "./tasks";

const SUMMARY_CLASS: Record<string, string> = { pass: "ok", fail: "bad", error: "bad", limit: "bad", "not-attempted": "neutral" };

/** One exercise: tasks, editor with the starter, Check, a hint ladder, then the walkthrough. */
export function ExercisePanel({ exercise, moduleId }: { exercise: Exercise; moduleId: string }) {
  const [code, setCode] = useState(exercise.starter);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<GradingResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hints, setHints] = useState(0);
  const [solution, setSolution] = useState<Solution | null>(null);
  const [solutionError, setSolutionError] = useState<string | null>(null);
  const verdicts = taskVerdicts(exercise.tasks.map((t) => t.id), result);
  const headingId = `exercise-${exercise.slug}`;

  const showSolution = async () => {
    setSolutionError(null);
    try {
      setSolution(await api.solution(moduleId, exercise.slug));
      progress.record("solution", moduleId, exercise.slug, "shown");
    } catch (e) {
      setSolutionError(e instanceof ApiError ? e.message : "The solution could not be loaded.");
    }
  };

  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      const r = await api.checkExercise(moduleId, exercise.slug, code);
      setResult(r);
      progress.record("check", moduleId, exercise.slug, r.status);
      if (r.status === "pass" && !solution) void showSolution();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The check could not finish.");
    } finally {
      setChecking(false);
    }
  };

  const nextHint = () => {
    const n = Math.min(hints + 1, exercise.hints.length);
    setHints(n);
    progress.record("hint", moduleId, exercise.slug, String(n));
  };

  return (
    <section className="exercise" aria-labelledby={headingId} data-exercise={exercise.slug}>
      <header className="exercise-head">
        <h3 id={headingId}>
          <span className="exercise-kind">Exercise</span> {exercise.title}
        </h3>
        <span className="badge">{exercise.difficulty}</span>
        {!exercise.required && <span className="badge">optional</span>}
      </header>
      <ol className="tasks">
        {exercise.tasks.map((t) => {
          const v = verdicts.get(t.id)!;
          return (
            <li key={t.id} className={`task task-${v.status}`} data-task={t.id}>
              <div className="task-row">
                <span className="task-number">Task {t.id}</span>
                <Html html={t.text_html} className="task-text" />
                <span className={`verdict verdict-${v.status}`}>{statusLabel(v.status)}</span>
              </div>
              <FailureList tests={v.tests.filter((x) => x.status !== "pass" && x.message)} />
            </li>
          );
        })}
      </ol>
      <CodeEditor value={code} onChange={setCode} label={`Your code for: ${exercise.title}`} />
      <div className="buttons">
        <button type="button" className="button" onClick={() => void check()} disabled={checking}>
          {checking ? "Checking…" : "Check my code"}
        </button>
        <button type="button" className="button secondary" onClick={() => setCode(exercise.starter)}>
          Start again
        </button>
      </div>
      <div aria-live="polite">
        {result && (
          <p className={`summary ${SUMMARY_CLASS[result.status] ?? "neutral"}`} data-status={result.status}>
            <strong>{result.status === "pass" ? "Well done!" : result.status === "not-attempted" ? "Not attempted yet." : "Not yet."}</strong> {result.summary}
          </p>
        )}
        {error && (
          <p className="summary bad" role="alert">
            {error}
          </p>
        )}
      </div>
      {result && result.output && (
        <details className="printed">
          <summary>What your code printed</summary>
          <pre>{result.output}</pre>
        </details>
      )}
      <div className="hints">
        {exercise.hints.slice(0, hints).map((h, i) => (
          <div key={i} className="hint">
            <p className="hint-label">
              Hint {i + 1} of {exercise.hints.length}
            </p>
            <Html html={h} />
          </div>
        ))}
        <div className="buttons">
          {hints < exercise.hints.length && (
            <button type="button" className="button secondary" onClick={nextHint}>
              {hints === 0 ? "Show a hint" : "Show the next hint"}
            </button>
          )}
          {!solution && (
            <button type="button" className="button ghost" onClick={() => void showSolution()}>
              I give up, show me
            </button>
          )}
        </div>
        {solutionError && <p className="summary bad">{solutionError}</p>}
      </div>
      {solution && (
        <div className="solution">
          <h4>How it works, line by line</h4>
          <Html html={solution.walkthrough_html} />
          <h4>A model solution</h4>
          <pre className="code">{solution.solution}</pre>
          <div className="buttons">
            <button type="button" className="button secondary" onClick={() => setCode(solution.solution)}>
              Put it in my editor
            </button>
          </div>
          <details>
            <summary>The checks your code was tested with</summary>
            <pre className="code">{solution.tests_source}</pre>
          </details>
        </div>
      )}
    </section>
  );
}

const SHOWN_FAILURES = 2;

/** The first failed checks of a task, in the learner's words; the rest only counted. */
function FailureList({ tests }: { tests: TestResult[] }) {
  if (tests.length === 0) return null;
  const hidden = tests.length - SHOWN_FAILURES;
  return (
    <ul className="test-messages">
      {tests.slice(0, SHOWN_FAILURES).map((x, i) => (
        <li key={i}>
          {x.message.includes(x.name) ? (
            x.message
          ) : (
            <>
              <code>{x.name}</code>: {x.message}
            </>
          )}
        </li>
      ))}
      {hidden > 0 && (
        <li className="more">
          …and {hidden} more {hidden === 1 ? "check" : "checks"} for this task. Fix these first.
        </li>
      )}
    </ul>
  );
}
