import { useState } from "react";
import { Link } from "react-router";
import { api, type QuizQuestion } from "../../client";
import { Html } from "../../components/Html/Html";
import { LoadError, Loading, PendingPage } from "../../components/Layout/Status";
import { progress } from "../../progress/store";
import { useAsync } from "../../useAsync";
import type { ReviewCard } from "../account/api";
import { dueText } from "./logic";
import { useDashboard } from "./useDashboard";

/** Quiz questions you missed come back after 1, 2, 4, 8 and 16 days (Leitner boxes). */
export function ReviewQueuePage() {
  const state = useDashboard();
  if (state.status !== "ok") return <PendingPage state={state} what="your review queue" />;
  const { due, later } = state.data.review;
  return (
    <div className="wrap page">
      <h1>Review</h1>
      <p className="lead">
        Questions you missed come back after a day; each right answer sends one further away (2, 4, 8, 16 days) until
        you know it.
      </p>
      {due.length === 0 && (
        <p>
          Nothing to review today. <Link to="/">Back to the course</Link>
        </p>
      )}
      {due.map((card) => (
        <ReviewItem key={`${card.module}/${card.question}`} card={card} />
      ))}
      {later.length > 0 && (
        <>
          <h2>Coming back later</h2>
          <ul>
            {later.map((c) => (
              <li key={`${c.module}/${c.question}`}>
                {c.module}, question {c.question}: {dueText(c, new Date())}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface Verdict {
  correct: boolean;
  explanation: string;
  answer: string;
}

function ReviewItem({ card }: { card: ReviewCard }) {
  const lesson = useAsync((signal) => api.module(card.module, signal), card.module);
  const [answer, setAnswer] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (lesson.status === "loading") return <Loading what="the question" />;
  if (lesson.status === "error") return <LoadError message={lesson.message} />;
  const question: QuizQuestion | undefined = lesson.data.quiz.questions.find((q) => q.id === card.question);
  if (!question) return <p className="muted">Question {card.question} is no longer in {lesson.data.title}.</p>;

  const check = async () => {
    setError(null);
    try {
      const r = await api.checkQuiz(card.module, { [question.id]: answer });
      const result = r.results[0];
      if (!result) return;
      setVerdict({ correct: result.correct, explanation: result.explanation, answer: result.answer_text });
      // The answer moves the card between Leitner boxes (see fromzero/store/derive.py).
      progress.record("quiz", card.module, question.id, result.correct ? "right" : "wrong");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="part" aria-label={`Question ${question.id} of ${lesson.data.title}`}>
      <p className="muted small">
        {lesson.data.title} · box {card.box} · missed {card.misses}×
      </p>
      <Html html={question.prompt_html} />
      {question.code && (
        <pre>
          <code>{question.code}</code>
        </pre>
      )}
      {question.choices ? (
        <fieldset disabled={verdict !== null}>
          <legend className="visually-hidden">Choices</legend>
          {question.choices.map((c) => (
            <label key={c.id} className="choice">
              <input
                type="radio"
                name={`review-${card.module}-${question.id}`}
                value={c.id}
                checked={answer === c.id}
                onChange={() => setAnswer(c.id)}
              />{" "}
              <Html html={c.text_html} as="span" />
            </label>
          ))}
        </fieldset>
      ) : (
        <input
          aria-label="Your answer"
          inputMode="decimal"
          value={answer}
          disabled={verdict !== null}
          onChange={(e) => setAnswer(e.target.value)}
        />
      )}
      {error && <LoadError message={error} />}
      {verdict ? (
        <div className={verdict.correct ? "summary ok" : "summary bad"} role="status">
          <p>{verdict.correct ? "Right." : "Not quite."}</p>
          {verdict.explanation && <Html html={verdict.explanation} />}
          {!verdict.correct && <Html html={`<p>The answer: ${verdict.answer}</p>`} />}
        </div>
      ) : (
        <button type="button" className="button" disabled={answer.trim() === ""} onClick={() => void check()}>
          Check
        </button>
      )}
    </section>
  );
}
