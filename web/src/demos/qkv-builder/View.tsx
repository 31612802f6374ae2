import { fmt, vecText } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice } from "../ui/Slider";
import { MATRICES, VALUE, WORDS, compute, grid, shadeOf, withPreset, withValue, type MatrixKey, type QkvState, type Scale } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const box = { width: "3.6rem", padding: "0.25rem", textAlign: "center", ...mono } as const;
const cell = { padding: "0.25rem 0.5rem", textAlign: "center", border: "1px solid var(--line)", ...mono } as const;
const head = { padding: "0.25rem 0.5rem", textAlign: "center", fontWeight: 600 } as const;
const scroll = { overflowX: "auto", maxWidth: "100%" } as const;
const NAMES: Record<MatrixKey, string> = { wq: "W_q (makes the query)", wk: "W_k (makes the key)", wv: "W_v (makes the value)" };

function NumberBox({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <input
      type="number"
      aria-label={label}
      min={VALUE.min}
      max={VALUE.max}
      step={VALUE.step}
      value={value}
      style={box}
      onChange={(e) => {
        const v = e.currentTarget.valueAsNumber;
        if (Number.isFinite(v)) onChange(v);
      }}
    />
  );
}

/** A word-by-word grid of numbers: one row per word, one column per word; shade = weight. */
function WordGrid({ name, m, shade = false }: { name: string; m: number[][]; shade?: boolean }) {
  return (
    <div style={scroll}>
      <table aria-label={name} style={{ borderCollapse: "collapse", margin: "0.3rem 0" }}>
        <caption className="steps-title" style={{ textAlign: "left" }}>
          {name}
        </caption>
        <thead>
          <tr>
            <th style={head}>
              <span className="visually-hidden">asking word</span>
            </th>
            {WORDS.map((w) => (
              <th key={w} scope="col" style={head}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.map((row, i) => (
            <tr key={i}>
              <th scope="row" style={head}>
                {WORDS[i]}
              </th>
              {row.map((v, j) => (
                <td
                  key={j}
                  style={{
                    ...cell,
                    background: shade ? `rgba(217, 72, 15, ${shadeOf(v)})` : "var(--paper)",
                    color: shade && shadeOf(v) > 0.55 ? "#fff" : undefined,
                  }}
                >
                  {fmt(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function QkvBuilder({ state, setState }: DemoViewProps<QkvState>) {
  const v = compute(state);
  const { nums } = v;
  return (
    <div className="demo-body">
      <p className="steps-title">1. Each word&apos;s embedding (2 numbers, made up)</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.8rem" }}>
        {WORDS.map((w, i) => (
          <div key={w} role="group" aria-label={`embedding of ${w}`} style={{ display: "flex", alignItems: "center", gap: "0.3rem" }}>
            <strong style={mono}>{w}</strong>
            <NumberBox label={`${w}, number 1`} value={state.x[2 * i]!} onChange={(x) => setState(withValue(state, "x", 2 * i, x))} />
            <NumberBox label={`${w}, number 2`} value={state.x[2 * i + 1]!} onChange={(x) => setState(withValue(state, "x", 2 * i + 1, x))} />
          </div>
        ))}
      </div>
      <p className="steps-title">2. The three weight matrices (learned in a real network; here you set them)</p>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState(withPreset(state, "lesson"))}>
          The lesson&apos;s matrices
        </button>
        <button type="button" className="button secondary" onClick={() => setState(withPreset(state, "same"))}>
          All three &quot;do nothing&quot; (q = k = v = embedding)
        </button>
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem" }}>
        {MATRICES.map((key) => (
          <div key={key} role="group" aria-label={NAMES[key]}>
            <p className="muted" style={{ margin: "0.2rem 0" }}>
              {NAMES[key]}
            </p>
            {grid(state[key]).map((row, r) => (
              <div key={r} style={{ display: "flex", gap: "0.3rem", marginBottom: "0.3rem" }}>
                {row.map((x, c) => (
                  <NumberBox key={c} label={`${key.replace("w", "W_")}, row ${r + 1}, column ${c + 1}`} value={x} onChange={(val) => setState(withValue(state, key, 2 * r + c, val))} />
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
      <p className="steps-title">3. Query, key and value of every word (each number: one row of the matrix times the embedding)</p>
      <div style={scroll}>
        <table aria-label="query, key and value of every word" style={{ borderCollapse: "collapse" }}>
          <thead>
            <tr>
              {["word", "embedding", "query q", "key k", "value v"].map((h) => (
                <th key={h} scope="col" style={head}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WORDS.map((w, i) => (
              <tr key={w}>
                <th scope="row" style={head}>
                  {w}
                </th>
                <td style={cell}>{vecText([state.x[2 * i]!, state.x[2 * i + 1]!])}</td>
                <td style={cell}>{vecText(nums.q[i]!)}</td>
                <td style={cell}>{vecText(nums.k[i]!)}</td>
                <td style={cell}>{vecText(nums.v[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>How each word&apos;s q, k and v are made, number by number</summary>
        {WORDS.map((w, i) => (
          <StepList key={w} steps={v.perWord[i]!} label={`q, k and v of ${w}`} />
        ))}
      </details>
      <p className="steps-title">4. Scores: the query of each row&apos;s word dotted with the key of each column&apos;s word</p>
      <WordGrid name="Scores q · k" m={nums.scores} />
      <p className="muted" aria-live="polite">
        {v.oneWay
          ? "The table is not the same both ways: how much one word looks for another is not how much the other looks for it."
          : "The table is the same both ways. With \"do nothing\" matrices, a word asks with the same numbers it is found by."}
      </p>
      <Choice<Scale>
        name="Divide the scores by √d (d = 2, the length of a key)?"
        value={state.scale}
        options={[
          { value: "yes", label: `yes, ÷ √2 = ${fmt(Math.SQRT2)}` },
          { value: "no", label: "no" },
        ]}
        onChange={(scale) => setState({ ...state, scale })}
      />
      {state.scale === "yes" && <WordGrid name={`Scaled scores (each ÷ ${fmt(v.root)})`} m={nums.scaled} />}
      <p className="steps-title">5. Weights: softmax of each row (each row adds up to 1; darker = more)</p>
      <WordGrid name="Attention weights" m={nums.weights} shade />
      <p className="steps-title">6. Outputs: each row&apos;s weights times the values, added up</p>
      <div style={scroll}>
        <table aria-label="the output of every word" style={{ borderCollapse: "collapse" }}>
          <tbody>
            {WORDS.map((w, i) => (
              <tr key={w}>
                <th scope="row" style={head}>
                  {w}
                </th>
                <td style={cell}>{vecText(nums.outputs[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>Every step, with every number</summary>
        <StepList steps={v.steps} label="Self-attention, step by step" />
      </details>
    </div>
  );
}
