import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { CONTEXT, HEADS, LAYERS, VOCAB, WIDTH, barWidth, compute, grouped, shapeText, type GptShapesState, type HeadKind } from "./logic";

const mono = { fontFamily: "var(--mono)", fontSize: "0.85rem" } as const;

export default function GptShapes({ state, setState }: DemoViewProps<GptShapesState>) {
  const v = compute(state);
  const biggest = Math.max(...v.rows.map((r) => r.size));
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="V, tokens in the vocabulary" label="V (vocabulary)" {...VOCAB} value={state.V} onChange={(V) => setState({ ...state, V })} />
        <Slider name="C, numbers per token" label="C (width)" {...WIDTH} value={state.C} onChange={(C) => setState({ ...state, C })} />
        <Slider name="blocks" label="n_layer (blocks)" {...LAYERS} value={state.n_layer} onChange={(n_layer) => setState({ ...state, n_layer })} />
        <Slider name="attention heads" label="n_head (heads)" {...HEADS} value={state.n_head} onChange={(n_head) => setState({ ...state, n_head })} />
        <Slider name="T, places the model can read" label="T (block size)" {...CONTEXT} value={state.T} onChange={(T) => setState({ ...state, T })} />
        <Choice<HeadKind>
          name="the head's weights"
          value={state.head}
          options={[
            { value: "tied", label: "reuse the token table" },
            { value: "own", label: "its own table" },
          ]}
          onChange={(head) => setState({ ...state, head })}
        />
      </div>
      {v.heads !== state.n_head ? (
        <p className="muted" role="status">
          {state.C} numbers do not split evenly into {state.n_head} heads, so this uses {v.heads} heads of {state.C / v.heads}.
        </p>
      ) : null}
      <ol aria-label="The stages, from token ids to the next token's chances" style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 6 }}>
        {v.rows.map((r, i) => (
          <li key={i} style={{ display: "grid", gridTemplateColumns: "minmax(7rem, 1fr) minmax(6rem, 2fr)", gap: "0.1rem 0.6rem", alignItems: "center" }}>
            <strong style={{ fontSize: "0.85rem" }}>{r.label}</strong>
            <span style={mono}>{shapeText(r)}</span>
            <span aria-hidden="true" style={{ display: "block", height: 8, width: `${barWidth(r.size, biggest)}%`, background: r.params > 0 ? "#d9480f" : "var(--accent)", borderRadius: 3, opacity: 0.75 }} />
            <span className="muted" style={{ fontSize: "0.8rem" }}>
              {r.params > 0 ? `${grouped(r.params)} learned: ${r.note}` : r.note}
            </span>
          </li>
        ))}
      </ol>
      <p className="result" aria-live="polite">
        This GPT learns <strong>{grouped(v.total)}</strong> numbers. One block holds {grouped(v.counts.block)}; the token table holds {grouped(v.counts.tokenTable)}.
      </p>
      <div className="side-by-side">
        <div>
          <h4 className="steps-title">The shape after every stage</h4>
          <StepList steps={v.shapeSteps} label="The shape after every stage" />
        </div>
        <div>
          <h4 className="steps-title">The learned numbers, part by part</h4>
          <StepList steps={v.paramSteps} label="The learned numbers, part by part" />
        </div>
      </div>
    </div>
  );
}
