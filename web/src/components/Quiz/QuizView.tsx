import { useId, useState } from "react";
import { ApiError, api, type Quiz, type QuizQuestion, type QuizResult } from "../../client";
import { progress } from "../../progress/store";
import { Html } from "../Html/Html";
import { buildAnswers } from "./answers";

type Verdict = QuizResult["results"][number];

/** The module quiz: answer, submit, see each verdict with an explanation; the score is saved. */
export function QuizView({ quiz, moduleId }: { quiz: Quiz; moduleId: string }) {
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const verdicts = new Map((result?.results ?? []).map((r) => [r.id, r]));
  const answered = quiz.questions.filter((q) => (raw[q.id] ?? "").trim() !== "").length;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSending(true);
    setError(null);
    try {
      const r = await api.checkQuiz(moduleId, buildAnswers(quiz.questions, raw));
      setResult(r);
      progress.record("quiz", moduleId, "quiz", `${r.score}/${r.total}`);
      // One event per question as well, so missed questions come back in the review queue.
      for (const res of r.results) progress.record("quiz", moduleId, res.id, res.correct ? "right" : "wrong");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "Your answers could not be checked.");
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="quiz" aria-labelledby="quiz-title">
      <h3 id="quiz-title">
        <span className="exercise-kind">Quiz</span> {quiz.questions.length} questions
      </h3>
      <p className="muted">No tricks: each one checks an idea from this lesson. Your best score is saved.</p>
      <form onSubmit={(e) => void submit(e)}>
        <ol className="questions">
          {quiz.questions.map((q) => (
            <Question
              key={q.id}
              q={q}
              value={raw[q.id] ?? ""}
              disabled={result !== null}
              verdict={verdicts.get(q.id)}
              onChange={(v) => setRaw((r) => ({ ...r, [q.id]: v }))}
            />
          ))}
        </ol>
        <div aria-live="polite">
          {result && (
            <p className={result.score === result.total ? "summary ok" : "summary neutral"} data-testid="quiz-score">
              <strong>
                You got {result.score} of {result.total}.
              </strong>{" "}
              {result.score === result.total ? "Every answer right!" : "Read the notes under each answer, then try again."}
            </p>
          )}
          {error && (
            <p className="summary bad" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="buttons">
          {result ? (
            <button type="button" className="button" onClick={() => { setResult(null); setRaw({}); }}>
              Try the quiz again
            </button>
          ) : (
            <button type="submit" className="button" disabled={sending || answered === 0}>
              {sending ? "Checking…" : `Check my answers (${answered} of ${quiz.questions.length} answered)`}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

interface QuestionProps {
  q: QuizQuestion;
  value: string;
  disabled: boolean;
  verdict: Verdict | undefined;
  onChange: (v: string) => void;
}

function Question({ q, value, disabled, verdict, onChange }: QuestionProps) {
  const id = useId();
  return (
    <li className={verdict ? (verdict.correct ? "question right" : "question wrong") : "question"} data-question={q.id}>
      <Html html={q.prompt_html} className="question-prompt" />
      {q.code && <pre className="code">{q.code}</pre>}
      {q.kind === "numeric" || !q.choices ? (
        <label className="numeric">
          Your answer{" "}
          <input type="text" inputMode="decimal" autoComplete="off" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)} />
        </label>
      ) : (
        <fieldset className="choices" disabled={disabled}>
          <legend className="visually-hidden">Choose one answer</legend>
          {q.choices.map((c) => (
            <label key={c.id} className={value === c.id ? "choice-option picked" : "choice-option"}>
              <input type="radio" name={id} value={c.id} checked={value === c.id} onChange={() => onChange(c.id)} />
              <Html html={c.text_html} as="span" />
            </label>
          ))}
        </fieldset>
      )}
      {verdict && (
        <div className="verdict-box" role="status">
          <p>
            <strong>{verdict.correct ? "✓ Right." : value.trim() === "" ? "✗ Not answered." : "✗ Not quite."}</strong>
            {!verdict.correct && verdict.answer_text && <> The answer: {verdict.answer_text}</>}
          </p>
          {verdict.explanation && <Html html={verdict.explanation} />}
        </div>
      )}
    </li>
  );
}
