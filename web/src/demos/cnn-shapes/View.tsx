import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { MLP_SIZES, UNITS, blockOf, compute, grouped, shapeText, type CnnShapesState, type Stage } from "./logic";

const OFFSET = 3; // each map in a stack sits 3 units right and up of the one before

function StageBlock({ stage }: { stage: Stage }) {
  const b = blockOf(stage);
  const depth = (b.stack - 1) * OFFSET;
  const width = b.bar ? 10 : b.side + depth;
  const height = (b.bar ? b.side : b.side + depth) + 2;
  return (
    <svg width={width + 2} height={height} role="img" aria-label={`${stage.label}: ${shapeText(stage)}`}>
      {b.bar ? (
        <rect x={1} y={1} width={10} height={b.side} className="cnn-block-bar" fill="#1f6feb" opacity={0.7} />
      ) : (
        Array.from({ length: b.stack }, (_, i) => (
          <rect key={i} x={1 + (b.stack - 1 - i) * OFFSET} y={1 + i * OFFSET} width={b.side} height={b.side} fill={stage.kind === "input" ? "#444" : "#d9480f"} opacity={0.35 + (0.65 * (i + 1)) / b.stack} stroke="white" strokeWidth={0.5} />
        ))
      )}
    </svg>
  );
}

export default function CnnShapes({ state, setState }: DemoViewProps<CnnShapesState>) {
  const v = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="conv 1 filters" {...UNITS} value={state.conv1} onChange={(conv1) => setState({ ...state, conv1 })} />
        <Slider name="conv 2 filters" {...UNITS} value={state.conv2} onChange={(conv2) => setState({ ...state, conv2 })} />
        <Slider name="dense neurons" {...UNITS} value={state.dense} onChange={(dense) => setState({ ...state, dense })} />
      </div>
      <div role="list" aria-label="the layers in order" style={{ display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: 12 }}>
        {v.stages.map((s, i) => (
          <div role="listitem" key={i} style={{ display: "flex", flexDirection: "column", alignItems: "center", minWidth: 64 }}>
            <StageBlock stage={s} />
            <strong style={{ fontSize: "0.85rem" }}>{s.label}</strong>
            <span style={{ fontSize: "0.85rem" }}>{shapeText(s)}</span>
            <span className="muted" style={{ fontSize: "0.8rem" }}>
              {s.params > 0 ? `${grouped(s.params)} weights + biases` : "no weights"}
            </span>
          </div>
        ))}
      </div>
      <p className="result" aria-live="polite">
        This CNN has <strong>{grouped(v.total)}</strong> weights and biases. The plain network {MLP_SIZES.join("-")} from Part 5 has{" "}
        <strong>{grouped(v.mlpTotal)}</strong>: {v.ratio >= 1 ? `${v.ratio.toFixed(1)} times as many` : `${(1 / v.ratio).toFixed(1)} times fewer`}.
      </p>
      <StepList steps={v.shapeSteps} label="The shape after every layer" />
      <StepList steps={v.paramSteps} label="Weights and biases, layer by layer" />
      <StepList steps={v.mlpSteps} label={`The plain network ${MLP_SIZES.join("-")}, for comparison`} />
    </div>
  );
}
