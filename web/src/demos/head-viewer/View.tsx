import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { WeightGrid } from "../multi-head/WeightGrid";
import { N_HEAD, N_LAYER, TEXTS, compute, distance, normalise, showChar, type HeadViewerState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export default function HeadViewer({ state, setState }: DemoViewProps<HeadViewerState>) {
  const v = compute(state);
  const ch = v.chars[state.row - 1]!;
  return (
    <div className="demo-body">
      <div className="buttons" role="group" aria-label="the text the model reads">
        {TEXTS.map((t, i) => (
          <button
            key={i}
            type="button"
            aria-pressed={state.text === i + 1}
            className={state.text === i + 1 ? "button" : "button ghost"}
            onClick={() => setState(normalise({ ...state, text: i + 1, row: [...TEXTS[i]!].length }))}
          >
            <span style={mono}>{[...t].map(showChar).join("")}</span>
          </button>
        ))}
      </div>
      <div className="buttons" role="group" aria-label="layer">
        <span>Layer:</span>
        {range(N_LAYER).map((l) => (
          <button key={l} type="button" aria-pressed={state.layer === l} className={state.layer === l ? "button" : "button ghost"} onClick={() => setState({ ...state, layer: l })}>
            {l}
          </button>
        ))}
      </div>
      <div className="buttons" role="group" aria-label="head">
        <span>Head:</span>
        {range(N_HEAD).map((h) => (
          <button key={h} type="button" aria-pressed={state.head === h} className={state.head === h ? "button" : "button ghost"} onClick={() => setState({ ...state, head: h })}>
            {h}
          </button>
        ))}
      </div>
      <div className="controls">
        <Slider name="character that looks" label={`Character that looks: ${ch} (number ${state.row})`} min={1} max={v.chars.length} step={1} value={state.row} onChange={(row) => setState({ ...state, row })} />
      </div>
      <p className="result" aria-live="polite">
        Character <strong>{ch}</strong> looks most at:{" "}
        {v.top.map((t, i) => (
          <span key={t.position}>
            {i > 0 ? ", " : ""}
            <strong>{t.char}</strong> (number {t.position}, weight {t.weight.toFixed(2)})
          </span>
        ))}
      </p>
      <p>
        This head&apos;s habit: for {v.habit.rows} of {v.chars.length} characters, its biggest weight goes to {distance(v.habit.offset)}.
      </p>
      <WeightGrid
        label={`Layer ${state.layer}, head ${state.head}: each row is a character, each column a character it may look at`}
        rows={v.chars}
        cols={v.chars}
        weights={v.weights}
        highlight={state.row - 1}
      />
      <p className="muted">
        Real weights from the trained char-gpt model (4 layers of 4 heads), not made up. A dot means a later character: a GPT may not look ahead.
      </p>
    </div>
  );
}
