import { useId } from "react";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { EXAMPLES, KEYS, MAX_LENGTH, compute, normalise, press, type CalcState } from "./logic";

export default function Calculator({ state, setState }: DemoViewProps<CalcState>) {
  const id = useId();
  const outcome = compute(state);
  return (
    <div className="demo-body">
      <div className="slider">
        <label htmlFor={id}>Type a sum</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          aria-label="your sum"
          maxLength={MAX_LENGTH}
          value={state.sum}
          onChange={(e) => setState(normalise({ sum: e.currentTarget.value }))}
          style={{ fontFamily: "var(--mono)", fontSize: "1.1rem", width: "100%" }}
        />
      </div>
      <div className="buttons" role="group" aria-label="signs">
        {KEYS.map((k) => (
          <button key={k} type="button" className="button ghost" aria-label={`add ${k}`} onClick={() => setState(press(state, k))}>
            {k}
          </button>
        ))}
        <button type="button" className="button ghost" onClick={() => setState({ sum: "" })}>
          Clear
        </button>
      </div>
      <div className="buttons" role="group" aria-label="example sums">
        {EXAMPLES.map((e) => (
          <button key={e} type="button" className="button secondary" onClick={() => setState({ sum: e })}>
            {e}
          </button>
        ))}
      </div>
      <p className="result" aria-live="polite">
        {outcome.ok ? (
          <>
            Answer: <strong>{fmt(outcome.answer)}</strong>
          </>
        ) : (
          outcome.message
        )}
      </p>
      {outcome.ok && <StepList steps={outcome.steps} label="Each step, in the order of operations" />}
    </div>
  );
}
