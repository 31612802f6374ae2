import { useId, useState } from "react";
import type { BlockOf } from "../../client";
import { Html } from "../Html/Html";

/** Ask first, reveal on click: the learner commits to a guess before seeing the answer. */
export function Predict({ block }: { block: BlockOf<"predict"> }) {
  const [picked, setPicked] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const name = useId();
  const answerIndex = choiceIndex(block);
  return (
    <section className="predict" aria-label="Make a prediction">
      <p className="predict-label">Predict first</p>
      <Html html={block.question_html} />
      {block.choices && (
        <fieldset className="choices" disabled={revealed}>
          <legend className="visually-hidden">Your guess</legend>
          {block.choices.map((c, i) => (
            <label key={i} className={`choice-option${picked === i ? " picked" : ""}${revealed && i === answerIndex ? " correct" : ""}`}>
              <input type="radio" name={name} checked={picked === i} onChange={() => setPicked(i)} />
              <Html html={c} as="span" />
            </label>
          ))}
        </fieldset>
      )}
      {!revealed ? (
        <div className="buttons">
          <button type="button" className="button" onClick={() => setRevealed(true)}>
            {block.choices && picked === null ? "Show the answer" : "Check my guess"}
          </button>
        </div>
      ) : (
        <div className="reveal" role="status">
          {answerIndex !== null && picked !== null && (
            <p>
              <strong>{picked === answerIndex ? "✓ You got it!" : "✗ Not this time — and that's how learning works."}</strong>
            </p>
          )}
          {answerIndex === null && block.answer != null && block.answer !== "" && (
            <p>
              <strong>Answer: {String(block.answer)}</strong>
            </p>
          )}
          <Html html={block.reveal_html} />
        </div>
      )}
    </section>
  );
}

/** The right choice's index: the answer may be given as an index or as the choice's text. */
function choiceIndex(block: BlockOf<"predict">): number | null {
  if (!block.choices) return null;
  if (typeof block.answer === "number") return block.answer;
  const i = block.choices.findIndex((c) => c.replace(/<[^>]*>/g, "").trim() === String(block.answer ?? "").trim());
  return i >= 0 ? i : null;
}
