import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { BIAS, INPUT, TARGET, WEIGHT, barPosition, compute, type TargetState } from "./logic";

const W = 360;
const X0 = 70;
const X1 = W - 12;
const at = (v: number) => X0 + (X1 - X0) * barPosition(v);

export default function TargetError({ state, setState }: DemoViewProps<TargetState>) {
  const { steps, output, error, verdict } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        {state.inputs.map((x, i) => (
          <div className="control-pair" key={i}>
            <Slider name={`input ${i + 1}`} {...INPUT} value={x} onChange={(v) => setState({ ...state, inputs: withItem(state.inputs, i, v) })} />
            <Slider name={`weight ${i + 1}`} {...WEIGHT} value={state.weights[i] ?? 0} onChange={(v) => setState({ ...state, weights: withItem(state.weights, i, v) })} />
          </div>
        ))}
        <Slider name="bias" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Slider name="target" label="target (what we want)" {...TARGET} value={state.target} onChange={(target) => setState({ ...state, target })} />
      </div>
      <svg className="bars" viewBox={`0 0 ${W} 96`} role="img" aria-label={`Output ${fmt(output)} next to target ${fmt(state.target)}: the error is ${fmt(error)}, ${verdict}.`}>
        <text x={4} y={30}>output</text>
        <text x={4} y={72}>target</text>
        <rect className="bar-track" x={X0} y={16} width={X1 - X0} height={22} rx={4} />
        <rect className="bar-track" x={X0} y={58} width={X1 - X0} height={22} rx={4} />
        <line x1={at(0)} x2={at(0)} y1={8} y2={88} stroke="#8d8778" strokeWidth={1.5} />
        <rect className={output < 0 ? "bar negative" : "bar"} x={Math.min(at(0), at(output))} y={16} width={Math.abs(at(output) - at(0))} height={22} rx={3} />
        <rect className={state.target < 0 ? "bar negative" : "bar"} x={Math.min(at(0), at(state.target))} y={58} width={Math.abs(at(state.target) - at(0))} height={22} rx={3} />
        <line x1={at(state.target)} x2={at(state.target)} y1={8} y2={88} stroke="#e8590c" strokeWidth={3} strokeDasharray="4 3" />
      </svg>
      <p className="result" aria-live="polite">
        Output <strong>{fmt(output)}</strong>, target <strong>{fmt(state.target)}</strong>, error <strong>{fmt(error)}</strong>: {verdict}
        {verdict === "just right" ? "! You found weights that work." : "."}
      </p>
      <StepList steps={steps} label="The output and the error, step by step" />
    </div>
  );
}
