import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { X, compute, type SqrtState } from "./logic";

export default function SqrtSteps({ state, setState }: DemoViewProps<SqrtState>) {
  const { steps, guess, done, root } = compute(state);
  const shown = Math.min(state.shown, steps.length);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="number" label="find the square root of" {...X} value={state.x} onChange={(x) => setState({ x, shown: 1 })} />
      </div>
      <div className="buttons">
        <button type="button" className="button" disabled={done} onClick={() => setState({ ...state, shown: shown + 1 })}>
          Next step
        </button>
        <button type="button" className="button secondary" disabled={done} onClick={() => setState({ ...state, shown: steps.length })}>
          Show all steps
        </button>
      </div>
      <p className="result" aria-live="polite">
        {done ? (
          <>
            √{fmt(state.x)} = <strong>{fmt(root)}</strong>
          </>
        ) : (
          <>
            Looking for √{fmt(state.x)}. Guess so far: <strong>{fmt(guess)}</strong> (times itself:{" "}
            {fmt(guess * guess)}, and we want {fmt(state.x)})
          </>
        )}
      </p>
      <StepList steps={steps} shown={shown} current={shown - 1} label="Guess, check, improve" />
    </div>
  );
}
