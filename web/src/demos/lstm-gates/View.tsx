import { fmt, GATE_NAMES, LSTM_KEYS, type GateName } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { C, H, PRESETS, PRESET_LABELS, W, X, barOf, choosePreset, compute, openness, setWeight, type LstmGatesState, type Preset } from "./logic";

const track = { position: "relative", height: "1.4rem", background: "var(--paper)", border: "1px solid var(--muted)", borderRadius: "5px", overflow: "hidden" } as const;
const box = { border: "2px solid var(--accent)", borderRadius: "6px", padding: "0.25rem 0.5rem", fontFamily: "var(--mono)", background: "var(--paper)" } as const;
const flowRow = { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.35rem", margin: "0.6rem 0" } as const;

function GateBar({ name, value }: { name: GateName; value: number }) {
  const signed = name === "g";
  const bar = barOf(value, signed);
  const word = signed ? (value >= 0 ? "writes a number above 0" : "writes a number below 0") : openness(value);
  return (
    <div style={{ margin: "0.35rem 0" }}>
      <div>
        {name} ({GATE_NAMES[name]}, {signed ? "−1 to 1" : "0 to 1"}): <strong style={{ fontFamily: "var(--mono)" }}>{fmt(value)}</strong> <span className="muted">{word}</span>
      </div>
      <div style={track} role="img" aria-label={`${GATE_NAMES[name]} ${name} is ${fmt(value)}: ${word}`}>
        {signed && <div style={{ position: "absolute", left: "50%", top: 0, bottom: 0, width: "2px", background: "var(--muted)" }} />}
        <div style={{ position: "absolute", top: 0, bottom: 0, left: `${bar.left}%`, width: `${bar.width}%`, background: "var(--accent)" }} />
      </div>
    </div>
  );
}

export default function LstmGates({ state, setState }: DemoViewProps<LstmGatesState>) {
  const { n, steps } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input x" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="old hidden state h" {...H} value={state.h} onChange={(h) => setState({ ...state, h })} />
        <Slider name="old cell state c" {...C} value={state.c} onChange={(c) => setState({ ...state, c })} />
      </div>
      <Choice<Preset>
        name="Weights"
        value={state.preset}
        options={PRESETS.map((p) => ({ value: p, label: PRESET_LABELS[p] }))}
        onChange={(p) => setState(choosePreset(state, p))}
      />
      <details>
        <summary>The twelve weights (three per gate)</summary>
        <div className="controls">
          {LSTM_KEYS.map((k, i) => (
            <Slider key={k} name={k} {...W} value={state.w[i]!} onChange={(v) => setState(setWeight(state, i, v))} />
          ))}
        </div>
      </details>
      <GateBar name="f" value={n.f} />
      <GateBar name="i" value={n.i} />
      <GateBar name="g" value={n.g} />
      <GateBar name="o" value={n.o} />
      <p style={{ marginBottom: 0 }}>The cell state, from old to new:</p>
      <div style={flowRow} aria-label="The flow of the cell state">
        <span style={box}>c = {fmt(state.c)}</span>
        <span aria-hidden="true">→</span>
        <span>× f {fmt(n.f)}</span>
        <span aria-hidden="true">→</span>
        <span style={box}>{fmt(n.keep)}</span>
        <span aria-hidden="true">→</span>
        <span>
          + i × g = {fmt(n.i)} × {fmt(n.g)} = {fmt(n.write)}
        </span>
        <span aria-hidden="true">→</span>
        <span style={box}>c_new = {fmt(n.cNew)}</span>
      </div>
      <p style={{ marginBottom: 0 }}>The hidden state, read from the new cell state:</p>
      <div style={flowRow} aria-label="From the new cell state to the new hidden state">
        <span style={box}>c_new = {fmt(n.cNew)}</span>
        <span aria-hidden="true">→</span>
        <span>tanh → {fmt(n.squashed)}</span>
        <span aria-hidden="true">→</span>
        <span>× o {fmt(n.o)}</span>
        <span aria-hidden="true">→</span>
        <span style={box}>h_new = {fmt(n.hNew)}</span>
      </div>
      <p className="result" aria-live="polite">
        New cell state <strong>{fmt(n.cNew)}</strong>, new hidden state <strong>{fmt(n.hNew)}</strong>
      </p>
      <StepList steps={steps} label="One LSTM step, line by line" />
    </div>
  );
}
