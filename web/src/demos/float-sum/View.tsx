import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { R, compute, normalise, type FloatState } from "./logic";

export default function FloatSum({ state, setState }: DemoViewProps<FloatState>) {
  const { steps, school, printed, exact } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="first number" {...R} value={state.a} onChange={(a) => setState(normalise({ ...state, a }))} />
        <Slider name="second number" {...R} value={state.b} onChange={(b) => setState(normalise({ ...state, b }))} />
      </div>
      <p className="result" aria-live="polite">
        Python prints {fmt(state.a)} + {fmt(state.b)} as <strong>{printed}</strong>
      </p>
      <p className="result">
        Is that exactly {fmt(school)}? <strong>{exact ? "yes" : "no, a tiny bit off"}</strong>
      </p>
      <StepList steps={steps} label="What the computer really does" />
    </div>
  );
}
