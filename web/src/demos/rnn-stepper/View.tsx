import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { PlayPause } from "../ui/PlayPause";
import { usePlayer } from "../ui/usePlayer";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import {
  INPUT,
  KNOB,
  MAX_LEN,
  MIN_LEN,
  addInput,
  atEnd,
  compute,
  memoryColour,
  removeInput,
  setInput,
  step,
  type RnnStepperState,
} from "./logic";

const TICK_MS = 900;
const CELL = "3.2rem";
const cell = {
  width: CELL,
  minHeight: "2.4rem",
  padding: "0.1rem",
  fontFamily: "var(--mono)",
  fontSize: "0.85rem",
  textAlign: "center",
  borderRadius: "4px",
  border: "1px solid var(--line)",
} as const;
const row = { display: "flex", flexWrap: "wrap", gap: "0.25rem", margin: "0.3rem 0" } as const;

export default function RnnStepper({ state, setState }: DemoViewProps<RnnStepperState>) {
  const end = atEnd(state);
  const { running, setPlaying, go } = usePlayer(state, setState, end, (s) => step(s, 1), TICK_MS);

  const v = compute(state);
  const n = state.xs.length;
  const chartText =
    v.points.length > 1
      ? `The memory h over time: ${v.points.map(([t, h]) => `step ${t}: ${fmt(h)}`).join(", ")}.`
      : "The memory h is 0 before the first step.";
  return (
    <div className="demo-body">
      <p className="muted">The inputs, one per time step. Type any of them ({INPUT.min} to {INPUT.max}).</p>
      <div role="group" aria-label={`the inputs, ${n} time steps`} style={row}>
        {state.xs.map((x, i) => (
          <input
            key={i}
            type="number"
            min={INPUT.min}
            max={INPUT.max}
            step={INPUT.step}
            value={x}
            aria-label={`input at time step ${i + 1}`}
            style={{ ...cell, background: i === state.t - 1 ? "#ffe8cc" : "var(--paper)", border: i === state.t - 1 ? "3px solid #d9480f" : cell.border }}
            onChange={(e) => go(setInput(state, i, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
          />
        ))}
      </div>
      <div className="buttons" role="group" aria-label="Change the number of inputs">
        <button type="button" className="button ghost" disabled={n >= MAX_LEN} onClick={() => go(addInput(state))}>
          Add an input
        </button>
        <button type="button" className="button ghost" disabled={n <= MIN_LEN} onClick={() => go(removeInput(state))}>
          Remove the last
        </button>
      </div>
      <div className="controls">
        <Slider name="input weight w_x" min={KNOB.min} max={KNOB.max} step={KNOB.step} value={state.w_x} onChange={(w_x) => go({ ...state, w_x })} />
        <Slider name="memory weight w_h" min={KNOB.min} max={KNOB.max} step={KNOB.step} value={state.w_h} onChange={(w_h) => go({ ...state, w_h })} />
        <Slider name="bias b" min={KNOB.min} max={KNOB.max} step={KNOB.step} value={state.b} onChange={(b) => go({ ...state, b })} />
      </div>
      <div className="buttons" role="group" aria-label="Move through time">
        <button type="button" className="button secondary" disabled={state.t <= 0} onClick={() => go(step(state, -1))}>
          Back
        </button>
        <button type="button" className="button secondary" disabled={end} onClick={() => go(step(state, 1))}>
          Step
        </button>
        <PlayPause running={running} end={end} onChange={setPlaying} />
        <button type="button" className="button ghost" disabled={state.t === 0} onClick={() => go(step(state, -n))}>
          Back to the start
        </button>
      </div>
      <p className="result" aria-live="polite">
        {state.t === 0 ? (
          <>Nothing read yet: the memory h is {fmt(v.after)}.</>
        ) : (
          <>
            Time step {state.t} of {n}: read {fmt(state.xs[state.t - 1]!)}, the memory goes from {fmt(v.before)} to <strong>{fmt(v.after)}</strong>
          </>
        )}
      </p>
      <p className="muted">The memory h after each time step. The same three numbers w_x, w_h and b are used at every step.</p>
      <div role="group" aria-label="the memory after each time step" style={row}>
        {v.hs.map((h, i) => {
          const shown = i < state.t;
          return (
            <div
              key={i}
              aria-label={`memory after time step ${i + 1}: ${shown ? fmt(h) : "not yet"}`}
              aria-current={i === state.t - 1 ? "true" : undefined}
              style={{
                ...cell,
                display: "flex",
                flexDirection: "column",
                alignItems: "center",
                justifyContent: "center",
                background: shown ? memoryColour(h) : "var(--paper)",
                border: i === state.t - 1 ? "3px solid #d9480f" : cell.border,
              }}
            >
              <span style={{ fontSize: "0.7rem" }}>h{i + 1}</span>
              {shown ? fmt(h, 2) : "?"}
            </div>
          );
        })}
      </div>
      {v.steps.length > 0 && <StepList steps={v.steps} label={`Time step ${state.t}, worked out`} />}
      <XYChart
        description={chartText}
        xDomain={[0, MAX_LEN]}
        yDomain={[-1, 1]}
        xLabel="time step"
        yLabel="memory h"
        series={[{ id: "h", points: v.points }]}
        dots={v.points.map(([x, y]) => ({ x, y }))}
        segments={[{ x1: 0, y1: 0, x2: MAX_LEN, y2: 0, color: "var(--line)", dashed: true }]}
      />
    </div>
  );
}
