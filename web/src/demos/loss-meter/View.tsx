import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { LOSS, MARKERS, VOCAB, VOCABS, compute, percentOf, type LossMeterState, type LossMeterView } from "./logic";

const track = { position: "relative", height: "2.4rem", margin: "0.6rem 0.4rem", borderBottom: "3px solid var(--line)" } as const;
const tick = (left: number, colour: string, tall: boolean) =>
  ({ position: "absolute", left: `${left}%`, bottom: 0, width: tall ? "4px" : "2px", height: tall ? "2.2rem" : "1.4rem", background: colour, transform: "translateX(-50%)" }) as const;
const swatch = (colour: string) => ({ display: "inline-block", width: "0.8rem", height: "0.8rem", background: colour, marginRight: "0.35rem", verticalAlign: "middle" }) as const;
const BASE = "var(--ink-soft)";
const LOSS_COLOUR = "var(--accent)";
const MARK = "#2b8a3e";

function words(state: LossMeterState, v: LossMeterView): string {
  const ppl = fmt(v.perplexity, 2);
  switch (v.verdict) {
    case "perfect":
      return "A loss of 0: the model gives the right token a chance of 1, every time. A perplexity of 1 means no doubt at all.";
    case "guessing":
      return `About the loss of pure guessing, ${fmt(v.baseline)}: as unsure as picking from all ${state.vocab} tokens with your eyes shut.`;
    case "better":
      return `As unsure as picking from about ${ppl} tokens, each equally likely, instead of all ${state.vocab}. That is ${fmt(v.fewer, 2)} times fewer choices than pure guessing.`;
    case "worse":
      return `Worse than guessing! Pure guessing would give ${fmt(v.baseline)}. This model is sure of the wrong tokens. Its perplexity, ${ppl}, is more than the ${state.vocab} tokens there are.`;
  }
}

export default function LossMeter({ state, setState }: DemoViewProps<LossMeterState>) {
  const v = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="V, the vocabulary size" {...VOCAB} value={state.vocab} onChange={(vocab) => setState({ ...state, vocab })} />
        <Slider name="the loss" {...LOSS} value={state.loss} onChange={(loss) => setState({ ...state, loss })} />
      </div>
      <div className="buttons" role="group" aria-label="real vocabulary sizes">
        {VOCABS.map((x) => (
          <button key={x.vocab} type="button" className="button secondary" aria-pressed={state.vocab === x.vocab} onClick={() => setState({ ...state, vocab: x.vocab })}>
            {x.label}
          </button>
        ))}
      </div>
      <div className="buttons" role="group" aria-label="real losses">
        <button type="button" className="button secondary" onClick={() => setState({ ...state, loss: Math.round(v.baseline * 10000) / 10000 })}>
          pure guessing: {fmt(v.baseline)}
        </button>
        {MARKERS.map((m) => (
          <button key={m.loss} type="button" className="button secondary" aria-pressed={state.loss === m.loss} onClick={() => setState({ ...state, loss: m.loss })}>
            {m.label}: {fmt(m.loss)}
          </button>
        ))}
      </div>
      <div
        style={track}
        role="img"
        aria-label={`a scale of losses from 0 to ${v.scaleMax}: your loss ${fmt(state.loss)}, pure guessing ${fmt(v.baseline)}, and ${MARKERS.length} real losses`}
      >
        {MARKERS.map((m) => (
          <div key={m.loss} style={tick(percentOf(m.loss, v.scaleMax), MARK, false)} />
        ))}
        <div style={tick(percentOf(v.baseline, v.scaleMax), BASE, true)} />
        <div style={tick(percentOf(state.loss, v.scaleMax), LOSS_COLOUR, true)} />
      </div>
      <div className="muted" style={{ display: "flex", justifyContent: "space-between", fontSize: "0.8rem" }}>
        <span>0: perfect</span>
        <span>{v.scaleMax}</span>
      </div>
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        <span style={swatch(LOSS_COLOUR)} />
        your loss <span style={swatch(BASE)} />
        pure guessing, ln {state.vocab} <span style={swatch(MARK)} />
        real losses of our character GPT, and nanoGPT&apos;s
      </p>
      <p className="result" aria-live="polite">
        Loss <strong>{fmt(state.loss)}</strong> → perplexity <strong>{fmt(v.perplexity)}</strong>. {words(state, v)}
      </p>
      <div className="side-by-side">
        <StepList steps={v.baselineSteps} label={`Pure guessing among ${state.vocab} tokens`} />
        <StepList steps={v.perplexitySteps} label={`The perplexity of a loss of ${fmt(state.loss)}`} />
      </div>
    </div>
  );
}
