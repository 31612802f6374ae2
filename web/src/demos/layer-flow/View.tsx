import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Choice, Slider } from "../ui/Slider";
import { BIAS, INPUT, MAX_NEURONS, WEIGHT, compute, setBias, setWeight, type LayerState } from "./logic";

const COLOURS = ["#1d4e89", "#c0392b", "#2e7d32", "#8e44ad"];
const ACT_OPTIONS = [
  { value: "none", label: "none" },
  { value: "relu", label: "ReLU" },
  { value: "sigmoid", label: "sigmoid" },
] as const;
const W = 320;
const H = 200;

export default function LayerFlow({ state, setState }: DemoViewProps<LayerState>) {
  const { perNeuron, outputs } = compute(state);
  const f = state.focus;
  const nY = (i: number) => ((i + 1) * H) / (state.neurons + 1);
  const inY = (j: number) => ((j + 1) * H) / 3;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input 1" {...INPUT} value={state.inputs[0]!} onChange={(v) => setState({ ...state, inputs: withItem(state.inputs, 0, v) })} />
        <Slider name="input 2" {...INPUT} value={state.inputs[1]!} onChange={(v) => setState({ ...state, inputs: withItem(state.inputs, 1, v) })} />
        <Slider name="number of neurons" {...{ min: 1, max: MAX_NEURONS, step: 1 }} value={state.neurons} onChange={(n) => setState({ ...state, neurons: n, focus: Math.min(state.focus, n) })} />
        <Choice name="activation" value={state.activation} options={ACT_OPTIONS} onChange={(activation) => setState({ ...state, activation })} />
        <Slider name="neuron to change" {...{ min: 1, max: state.neurons, step: 1 }} value={f} onChange={(focus) => setState({ ...state, focus })} />
        <Slider name={`neuron ${f} weight 1`} {...WEIGHT} value={state.w[2 * (f - 1)]!} onChange={(v) => setState(setWeight(state, f, 0, v))} />
        <Slider name={`neuron ${f} weight 2`} {...WEIGHT} value={state.w[2 * (f - 1) + 1]!} onChange={(v) => setState(setWeight(state, f, 1, v))} />
        <Slider name={`neuron ${f} bias`} {...BIAS} value={state.b[f - 1]!} onChange={(v) => setState(setBias(state, f, v))} />
      </div>
      <p className="result" aria-live="polite">
        Layer output: <strong>[{outputs.map((o) => fmt(o)).join(", ")}]</strong>
      </p>
      <div className="side-by-side">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" style={{ maxWidth: "100%" }}
          aria-label={`Inputs ${fmt(state.inputs[0]!)} and ${fmt(state.inputs[1]!)} each go to all ${state.neurons} neurons. Outputs: ${outputs.map((o) => fmt(o)).join(", ")}.`}>
          {outputs.map((_, i) =>
            [0, 1].map((j) => (
              <line key={`${i}-${j}`} x1={40} y1={inY(j)} x2={170} y2={nY(i)} stroke={COLOURS[i]} strokeWidth={i + 1 === f ? 3 : 1.5} opacity={i + 1 === f ? 1 : 0.6} />
            )),
          )}
          {[0, 1].map((j) => (
            <g key={j}>
              <circle cx={40} cy={inY(j)} r={18} fill="#fff" stroke="#555" />
              <text x={40} y={inY(j)} dy="0.35em" textAnchor="middle" fontSize="11">{fmt(state.inputs[j]!)}</text>
            </g>
          ))}
          {outputs.map((o, i) => (
            <g key={i}>
              <circle cx={170} cy={nY(i)} r={18} fill="#fff" stroke={COLOURS[i]} strokeWidth={i + 1 === f ? 3 : 1.5} />
              <text x={170} y={nY(i)} dy="0.35em" textAnchor="middle" fontSize="10">N{i + 1}</text>
              <line x1={188} y1={nY(i)} x2={250} y2={nY(i)} stroke={COLOURS[i]} />
              <text x={256} y={nY(i)} dy="0.35em" fontSize="12">{fmt(o)}</text>
            </g>
          ))}
        </svg>
        <div>
          {perNeuron.map((steps, i) => (
            <div key={i}>
              <h4 className="steps-title" style={{ color: COLOURS[i] }}>Neuron {i + 1}</h4>
              <StepList steps={steps} label={`Neuron ${i + 1}, step by step`} current={i + 1 === f ? steps.length - 1 : undefined} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
