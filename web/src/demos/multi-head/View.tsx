import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { HEAD_CHOICES, TOKENS, WIDTH, compute, nextSeed, type MultiHeadState } from "./logic";
import { WeightGrid } from "./WeightGrid";

const list = (xs: readonly number[]) => `[${xs.map((x) => fmt(Math.round(x * 100) / 100)).join(", ")}]`;
const mono = { fontFamily: "var(--mono)" } as const;

export default function MultiHead({ state, setState }: DemoViewProps<MultiHeadState>) {
  const v = compute(state);
  const word = v.words[state.token - 1]!;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="tokens" {...TOKENS} value={state.tokens} onChange={(tokens) => setState({ ...state, tokens, token: Math.min(state.token, tokens) })} />
        <Choice<string>
          name="Number of heads"
          value={String(state.heads)}
          options={HEAD_CHOICES.map((h) => ({ value: String(h), label: `${h} (${WIDTH / h} numbers each)` }))}
          onChange={(h) => setState({ ...state, heads: Number(h) })}
        />
        <Slider name="token to follow" label={`Token to follow: ${word}`} min={1} max={state.tokens} step={1} value={state.token} onChange={(token) => setState({ ...state, token })} />
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState({ ...state, seed: nextSeed(state.seed) })}>
          New weights
        </button>
        <span className="muted">Weights number {state.seed} (random, made up to show the idea: not trained)</span>
      </div>
      <p className="result" aria-live="polite">
        {state.heads} {state.heads === 1 ? "head" : "heads"} of <strong>{v.size}</strong> numbers. Each glued output has <strong>{v.glued[0]!.length}</strong> numbers.
      </p>
      <p className="muted">Each table: how much each token (row) looks at each token (column). Each row adds up to 1.</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "flex-start" }}>
        {v.heads.map((hn, h) => (
          <WeightGrid key={h} label={`Head ${h + 1}`} rows={v.words} cols={v.words} weights={hn.weights} highlight={state.token - 1} />
        ))}
      </div>
      <h4>What {word} gets from each head, glued together</h4>
      <ul>
        {v.heads.map((hn, h) => (
          <li key={h} style={mono}>
            head {h + 1}: {list(hn.outputs[state.token - 1]!)}
          </li>
        ))}
      </ul>
      <p style={mono}>
        glued: {list(v.glued[state.token - 1]!)} ({v.glued[state.token - 1]!.length} numbers)
      </p>
      <p style={mono}>after W_o: {list(v.final[state.token - 1]!)}</p>
      <p>
        The layer learns {v.params} numbers (W_q, W_k, W_v, W_o and their biases) whether it has 1, 2 or 4 heads. More heads means smaller heads, not more work.
      </p>
      <StepList steps={v.splitSteps} label="Sharing the width between the heads" />
      <StepList steps={v.concatSteps} label={`Gluing ${word}'s head outputs`} />
    </div>
  );
}
