import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { RANGES, compute, weightStroke, type NeuronState } from "./logic";

export default function NeuronSliders({ state, setState }: DemoViewProps<NeuronState>) {
  const { steps, product, output } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" label="input (x)" {...RANGES.x} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="weight" label="weight (w)" {...RANGES.w} value={state.w} onChange={(w) => setState({ ...state, w })} />
        <Slider name="bias" label="bias (b)" {...RANGES.b} value={state.b} onChange={(b) => setState({ ...state, b })} />
      </div>
      <svg className="flow" viewBox="0 0 420 120" role="img" aria-label={`input ${fmt(state.x)} times weight ${fmt(state.w)} plus bias ${fmt(state.b)} gives ${fmt(output)}`}>
        <line x1="60" y1="60" x2="200" y2="60" className={state.w < 0 ? "edge negative" : "edge"} strokeWidth={weightStroke(state.w)} />
        <line x1="250" y1="60" x2="340" y2="60" className="edge" />
        <circle cx="40" cy="60" r="26" className="node input" />
        <text x="40" y="60" dy="0.35em" textAnchor="middle">{fmt(state.x)}</text>
        <text x="130" y="48" textAnchor="middle" className="edge-label">× {fmt(state.w)} = {fmt(product)}</text>
        <circle cx="225" cy="60" r="28" className="node neuron" />
        <text x="225" y="60" dy="0.35em" textAnchor="middle">+ {fmt(state.b)}</text>
        <rect x="340" y="38" width="72" height="44" rx="8" className="node output" />
        <text x="376" y="60" dy="0.35em" textAnchor="middle" className="strong">{fmt(output)}</text>
      </svg>
      <StepList steps={steps} label="How the neuron works it out" />
    </div>
  );
}
