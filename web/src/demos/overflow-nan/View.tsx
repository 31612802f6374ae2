import { big } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { START, TIMES, compute, type OverflowState } from "./logic";

export default function OverflowNan({ state, setState }: DemoViewProps<OverflowState>) {
  const { steps, last, broke } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="start: 1 and this many zeros" {...START} value={state.start} onChange={(start) => setState({ ...state, start })} />
        <Slider name="times we multiply by 10" {...TIMES} value={state.times} onChange={(times) => setState({ ...state, times })} />
      </div>
      <p className="result" aria-live="polite">
        The number is now <strong>{big(last)}</strong>
      </p>
      <p className="result">
        Take it away from itself: <strong>{broke ? "NaN (not a number)" : "0"}</strong>
      </p>
      <StepList steps={steps} label="Each multiplication" />
    </div>
  );
}
