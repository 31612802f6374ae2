import type { Step } from "../../explain";

interface Props {
  steps: readonly Step[];
  /** Show only the first `shown` steps (for step-by-step animations); all by default. */
  shown?: number;
  /** Mark this step as the one happening now. */
  current?: number;
  label?: string;
}

/** A calculation, one line per step: the sentence, then the sum with the numbers in. */
export function StepList({ steps, shown = steps.length, current, label = "Steps" }: Props) {
  return (
    <ol className="steps" aria-label={label}>
      {steps.slice(0, shown).map((s, i) => (
        <li key={i} className={i === current ? "step step-current" : "step"} data-testid="step">
          <span className="step-text">{s.text}</span>{" "}
          <span className="step-expr">{s.expr}</span>
        </li>
      ))}
    </ol>
  );
}
