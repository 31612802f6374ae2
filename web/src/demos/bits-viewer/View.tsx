import { useId } from "react";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { N, PLACES, compute, flip, normalise, type BitsState } from "./logic";

const box = { display: "flex", flexWrap: "wrap", gap: "0.3rem", margin: "0.6rem 0" } as const;
const bitStyle = (on: boolean) =>
  ({
    minWidth: "2.4rem",
    padding: "0.3rem 0.2rem",
    fontFamily: "var(--mono)",
    fontSize: "1.2rem",
    textAlign: "center",
    borderRadius: "6px",
    border: "2px solid var(--accent)",
    background: on ? "var(--accent)" : "var(--paper)",
    color: on ? "var(--paper)" : "var(--accent)",
    cursor: "pointer",
  }) as const;

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
      <div style={box} role="group" aria-label="the eight bits">
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
