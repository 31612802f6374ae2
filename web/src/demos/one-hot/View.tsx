import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { Slider } from "../ui/Slider";
import { CLASSES, compute, withClasses, type OneHotState } from "./logic";

const labelButton = (on: boolean) => ({ ...litBox(on), cursor: "pointer", fontSize: "1rem" }) as const;

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
      <div style={boxRow} role="group" aria-label="the label">
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
      <div style={boxRow} role="img" aria-label={`the one-hot list [${list.join(", ")}]`}>
        {list.map((v, k) => (
          <div key={k} style={{ textAlign: "center" }}>
            <div style={litBox(v === 1)}>{v}</div>
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
