import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { LR, PHASES, TARGET, WEIGHT, X, compute, takeStep, type BackpropState } from "./logic";

const RED = "#c0392b";

export default function BackpropFlow({ state, setState }: DemoViewProps<BackpropState>) {
  const { steps, shown, n } = compute(state);
  const back = state.phase >= 3;
  const updated = state.phase >= 4;
  const nodes = [
    { x: 40, label: "input", value: fmt(state.x) },
    { x: 170, label: "hidden", value: fmt(n.hidden) },
    { x: 300, label: "output", value: fmt(n.output) },
  ];
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="target" {...TARGET} value={state.target} onChange={(target) => setState({ ...state, target })} />
        <Slider name="w1 (input to hidden)" {...WEIGHT} value={state.w1} onChange={(w1) => setState({ ...state, w1 })} />
        <Slider name="w2 (hidden to output)" {...WEIGHT} value={state.w2} onChange={(w2) => setState({ ...state, w2 })} />
        <Slider name="learning rate" {...LR} value={state.lr} onChange={(lr) => setState({ ...state, lr })} />
        <div className="buttons">
          <button type="button" onClick={() => setState({ ...state, phase: Math.max(1, state.phase - 1) })} disabled={state.phase <= 1}>Back</button>{" "}
          <button type="button" onClick={() => setState({ ...state, phase: Math.min(PHASES.length, state.phase + 1) })} disabled={state.phase >= PHASES.length}>Next phase</button>{" "}
          <button type="button" onClick={() => setState(takeStep(state))} disabled={!updated}>Use the new weights</button>
        </div>
      </div>
      <p className="result" aria-live="polite">
        Phase {state.phase} of {PHASES.length}: {PHASES[state.phase - 1]}. Loss <strong>{fmt(n.loss)}</strong>
        {updated ? <> → after the update <strong>{fmt(n.new_loss)}</strong></> : null}
      </p>
      <svg viewBox="0 0 360 150" role="img" style={{ width: "100%", maxWidth: "560px" }}
        aria-label={`Input ${fmt(state.x)} times w1 ${fmt(state.w1)} gives hidden ${fmt(n.hidden)}; times w2 ${fmt(state.w2)} gives output ${fmt(n.output)}; target ${fmt(state.target)}.${back ? ` Backward: slope for w2 is ${fmt(n.grad_w2)}, slope for w1 is ${fmt(n.grad_w1)}.` : ""}`}>
        <defs>
          <marker id="bp-red" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill={RED} />
          </marker>
        </defs>
        <line x1={62} y1={60} x2={148} y2={60} stroke="#1d4e89" strokeWidth={2} />
        <line x1={192} y1={60} x2={278} y2={60} stroke="#1d4e89" strokeWidth={2} />
        <text x={105} y={50} textAnchor="middle" fontSize="11">w1 = {fmt(state.w1)}{updated ? ` → ${fmt(n.w1)}` : ""}</text>
        <text x={235} y={50} textAnchor="middle" fontSize="11">w2 = {fmt(state.w2)}{updated ? ` → ${fmt(n.w2)}` : ""}</text>
        {nodes.map((d) => (
          <g key={d.label}>
            <circle cx={d.x} cy={60} r={22} fill="#fff" stroke="#1d4e89" strokeWidth={2} />
            <text x={d.x} y={60} dy="0.35em" textAnchor="middle" fontSize="11">{d.value}</text>
            <text x={d.x} y={100} textAnchor="middle" fontSize="10">{d.label}</text>
          </g>
        ))}
        {state.phase >= 2 && <text x={300} y={20} textAnchor="middle" fontSize="11">target {fmt(state.target)}, error {fmt(n.error)}</text>}
        {back && (
          <g>
            <line x1={278} y1={80} x2={192} y2={80} stroke={RED} strokeWidth={3} markerEnd="url(#bp-red)" />
            <line x1={148} y1={80} x2={62} y2={80} stroke={RED} strokeWidth={3} markerEnd="url(#bp-red)" />
            <text x={235} y={125} textAnchor="middle" fontSize="10" fill={RED}>slope w2: {fmt(n.grad_w2)}</text>
            <text x={170} y={140} textAnchor="middle" fontSize="10" fill={RED}>error at hidden: {fmt(n.grad_hidden)}</text>
            <text x={105} y={125} textAnchor="middle" fontSize="10" fill={RED}>slope w1: {fmt(n.grad_w1)}</text>
          </g>
        )}
      </svg>
      <StepList steps={steps} shown={shown} current={shown - 1} label="Backpropagation, step by step" />
    </div>
  );
}
