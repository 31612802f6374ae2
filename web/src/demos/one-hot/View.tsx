import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { CLASSES, compute, withClasses, type OneHotState } from "./logic";

const row = { display: "flex", flexWrap: "wrap", gap: "0.3rem", margin: "0.6rem 0" } as const;
const boxStyle = (on: boolean) =>
  ({
    minWidth: "2.4rem",
    padding: "0.3rem 0.2rem",
    fontFamily: "var(--mono)",
    fontSize: "1.2rem",
    textAlign: "center",
    borderRadius: "6px",
    border: "2px solid var(--accent)",
    background: on ? "var(--accent)" : "var(--paper)",
    color: on ? "var(--accent-ink)" : "var(--accent)",
  }) as const;
const labelButton = (on: boolean) => ({ ...boxStyle(on), cursor: "pointer", fontSize: "1rem" }) as const;

export default function OneHot({ state, setState }: DemoViewProps<OneHotState>) {
  const { list, steps, before, after } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider
          name="number of classes"
          {...CLASSES}
          value={state.classes}
          onChange={(classes) => setState(withClasses(state, classes))}
        />
      </div>
      <p className="muted">Pick the label:</p>
      <div style={row} role="group" aria-label="the label">
        {list.map((_, k) => (
          <button
            key={k}
            type="button"
            style={labelButton(k === state.label)}
            aria-pressed={k === state.label}
            aria-label={`label ${k}`}
            onClick={() => setState({ ...state, label: k })}
          >
            {k}
          </button>
        ))}
      </div>
      <p className="muted">The one-hot list, one box per class (the small number under a box is its position):</p>
      <div style={row} role="img" aria-label={`the one-hot list [${list.join(", ")}]`}>
        {list.map((v, k) => (
          <div key={k} style={{ textAlign: "center" }}>
            <div style={boxStyle(v === 1)}>{v}</div>
            <div className="muted" style={{ fontSize: "0.8rem" }}>{k}</div>
          </div>
        ))}
      </div>
      <p className="result" aria-live="polite">
        Label <strong>{state.label}</strong> becomes a list of <strong>{state.classes}</strong> numbers. The 1 is at position{" "}
        <strong>{state.label}</strong>: {before} {before === 1 ? "box comes" : "boxes come"} before it and {after}{" "}
        {after === 1 ? "box comes" : "boxes come"} after it.
      </p>
      <StepList steps={steps} label="One-hot, step by step" />
    </div>
  );
}
