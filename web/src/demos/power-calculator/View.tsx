import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { BASE, EXPONENT, compute, type PowerState } from "./logic";

export default function PowerCalculator({ state, setState }: DemoViewProps<PowerState>) {
  const { steps, value, written } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="base" label="base (the number we multiply)" {...BASE} value={state.base} onChange={(base) => setState({ ...state, base })} />
        <Slider name="power" label="power (how many of them)" {...EXPONENT} value={state.exponent} onChange={(exponent) => setState({ ...state, exponent })} />
      </div>
      <p className="result" aria-live="polite">
        {fmt(state.base)} to the power {fmt(state.exponent)} = <strong>{fmt(value)}</strong>
      </p>
      <p className="muted">Written out: {written}{state.exponent < 0 ? ", then 1 divided by that" : ""}</p>
      <StepList steps={steps} label="Each step of the calculator" />
    </div>
  );
}
