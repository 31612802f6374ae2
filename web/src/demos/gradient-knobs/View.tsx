import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { BIAS, INPUT, TARGET, WEIGHT, compute, type KnobsState } from "./logic";

export default function GradientKnobs({ state, setState }: DemoViewProps<KnobsState>) {
  const r = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="weight" {...WEIGHT} value={state.w} onChange={(w) => setState({ ...state, w })} />
        <Slider name="bias" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Slider name="input" {...INPUT} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="target" {...TARGET} value={state.target} onChange={(target) => setState({ ...state, target })} />
      </div>
      <p className="result" aria-live="polite">
        Loss <strong>{fmt(r.loss)}</strong>. Gradient: <strong>[{r.knobs.map((k) => fmt(k.byShortcut)).join(", ")}]</strong> (weight, bias)
      </p>
      <div className="side-by-side">
        {r.knobs.map((k) => (
          <div key={k.name}>
            <h4 className="steps-title">
              The {k.name}: slope {fmt(k.byShortcut)}
            </h4>
            <p>{k.advice}</p>
            <StepList steps={k.nudge} label={`Nudge only the ${k.name}`} />
            <StepList steps={k.shortcut} label={`The shortcut for the ${k.name}`} />
          </div>
        ))}
      </div>
    </div>
  );
}
