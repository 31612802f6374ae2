import { useEffect, useState } from "react";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { BIAS, INPUT, WEIGHT, advance, stage, type FlowState } from "./logic";

const STEP_MS = 900;
const W = 360;
const ROW = 56;
const LABEL_X = 130;

export default function MultiInputFlow({ state, setState }: DemoViewProps<FlowState>) {
  const [playing, setPlaying] = useState(false);
  const view = stage(state);
  const n = state.inputs.length;
  const height = Math.max(140, n * ROW + 24);
  const nx = 280;
  const ny = height / 2;

  const running = playing && !view.done;
  useEffect(() => {
    if (!running) return;
    const t = window.setTimeout(() => {
      const next = advance(state);
      setState(next);
      if (stage(next).done) setPlaying(false);
    }, STEP_MS);
    return () => window.clearTimeout(t);
  }, [running, state, setState]);

  const play = () => {
    if (view.done) setState({ ...state, step: 0 });
    setPlaying(true);
  };

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
      </div>
      <div className="buttons" role="group" aria-label="Animation">
        {running ? (
          <button type="button" className="button" onClick={() => setPlaying(false)}>Pause</button>
        ) : (
          <button type="button" className="button" onClick={play}>Play</button>
        )}
        <button type="button" className="button secondary" disabled={view.done} onClick={() => { setPlaying(false); setState(advance(state)); }}>
          Step
        </button>
        <span className="muted" aria-live="polite">
          Step {state.step} of {view.steps.length}
        </span>
      </div>
      <svg className="flow" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={view.neuron ? `The neuron shows ${view.neuron.label} ${fmt(view.neuron.value)}` : "Press Play or Step to send the inputs into the neuron."}>
        {state.inputs.map((x, i) => {
          const y = 12 + ROW / 2 + i * ROW + (height - 24 - n * ROW) / 2;
          const p = view.steps[i]!.value;
          return (
            <g key={i}>
              <line x1={40} y1={y} x2={nx - 30} y2={ny} className={view.productShown[i] ? "edge active" : "edge"} />
              <circle cx={40} cy={y} r={22} className="node input" />
              <text x={40} y={y} dy="0.35em" textAnchor="middle">{fmt(x)}</text>
              <text x={LABEL_X} y={y + (ny - y) * ((LABEL_X - 40) / (nx - 70)) - 10} textAnchor="middle" className="edge-label">
                × {fmt(state.weights[i] ?? 0)}{view.productShown[i] ? ` = ${fmt(p)}` : ""}
              </text>
              {view.productShown[i] && (
                // The product leaves along its line and, once added, arrives in the neuron.
                <g className={view.arrived[i] ? "packet arrived" : "packet"} style={{ transform: view.arrived[i] ? `translate(${(nx - 30 - 40) * 0.75}px, ${(ny - y) * 0.75}px)` : "translate(0px, 0px)" }}>
                  <circle cx={40 + (nx - 30 - 40) * 0.25} cy={y + (ny - y) * 0.25} r={6} />
                </g>
              )}
            </g>
          );
        })}
        <circle cx={nx} cy={ny} r={34} className="node neuron" />
        <text x={nx} y={ny - 6} textAnchor="middle" className="small">{view.neuron?.label ?? "neuron"}</text>
        <text x={nx} y={ny + 12} textAnchor="middle" className="strong">{view.neuron ? fmt(view.neuron.value) : ""}</text>
        <text x={nx} y={ny + 52} textAnchor="middle" className="small">+ bias {fmt(state.b)}</text>
      </svg>
      <StepList steps={view.steps} shown={state.step} current={state.step - 1} label="The calculation so far" />
      {state.step === 0 && <p className="muted">Press Play to watch, or Step to go one calculation at a time.</p>}
    </div>
  );
}
