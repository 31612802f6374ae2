import { useId } from "react";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { N, PLACES, compute, flip, normalise, type BitsState } from "./logic";
import { boxRow, litBox } from "../ui/boxes";

const bitStyle = (on: boolean) => ({ ...litBox(on), color: on ? "var(--paper)" : "var(--accent)", cursor: "pointer" }) as const;

export default function BitsViewer({ state, setState }: DemoViewProps<BitsState>) {
  const { bits, text, toSteps, backSteps } = compute(state);
  const id = useId();
  return (
    <div className="demo-body">
      <div className="controls">
        <div className="slider">
          <label htmlFor={id}>Type a number (0 to 255)</label>
          <input
            id={id}
            type="number"
            aria-label="number"
            min={N.min}
            max={N.max}
            step={1}
            value={state.n}
            onChange={(e) => setState(normalise({ n: e.currentTarget.value === "" ? 0 : e.currentTarget.value }))}
          />
        </div>
        <Slider name="number slider" label="or slide it" {...N} value={state.n} onChange={(n) => setState({ n })} />
      </div>
      <p className="muted">Click a bit to flip it between 0 and 1. The number under it is what that bit is worth.</p>
      <div style={boxRow} role="group" aria-label="the eight bits">
        {PLACES.map((place, i) => (
          <div key={place} style={{ textAlign: "center" }}>
            <button
              type="button"
              style={bitStyle(bits[i] === 1)}
              aria-pressed={bits[i] === 1}
              aria-label={`bit worth ${place}: ${bits[i]}`}
              onClick={() => setState({ n: flip(state.n, place) })}
            >
              {bits[i]}
            </button>
            <div className="muted" style={{ fontSize: "0.8rem" }}>{place}</div>
          </div>
        ))}
      </div>
      <p className="result" aria-live="polite">
        {state.n} in binary is <strong>{text}</strong>
      </p>
      <StepList steps={toSteps} label="From everyday digits to binary" />
      <StepList steps={backSteps} label="And back again" />
    </div>
  );
}
