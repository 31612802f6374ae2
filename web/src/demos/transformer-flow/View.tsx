import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { Choice } from "../ui/Slider";
import { compute, shade, type FlowState, type Word } from "./logic";

const scroll = { overflowX: "auto", maxWidth: "100%" } as const;
const cell = { padding: "0.2rem 0.45rem", textAlign: "right", border: "1px solid var(--line)", fontFamily: "var(--mono)", whiteSpace: "nowrap" } as const;
const head = { padding: "0.2rem 0.45rem", textAlign: "left", fontWeight: 600, whiteSpace: "nowrap" } as const;
const grid = { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(19rem, 100%), 1fr))", gap: "0.4rem 1rem" } as const;

/** A small table: one row per word, one column per number, shaded by sign and size. */
function Table({ name, words, rows, columns }: { name: string; words: readonly Word[]; rows: number[][]; columns: readonly string[] }) {
  return (
    <div style={scroll}>
      <table aria-label={name} style={{ borderCollapse: "collapse", margin: "0.3rem 0" }}>
        <caption className="steps-title" style={{ textAlign: "left" }}>
          {name}
        </caption>
        <thead>
          <tr>
            <th style={head}>
              <span className="visually-hidden">word</span>
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" style={{ ...head, textAlign: "center" }}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, t) => (
            <tr key={t}>
              <th scope="row" style={head}>
                {words[t]}
              </th>
              {row.map((v, j) => {
                const s = shade(v);
                return (
                  <td key={j} style={{ ...cell, background: s.background, color: s.dark ? "#fff" : undefined }}>
                    {fmt(v, 2)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NUMBERS = ["1", "2", "3", "4"] as const;

export default function TransformerFlow({ state, setState }: DemoViewProps<FlowState>) {
  const { flow, changes } = compute(state);
  const set = (patch: Partial<FlowState>) => setState({ ...state, ...patch });
  const allSame = changes.every((c) => c.same);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice
          name="Where the norm goes"
          value={state.order}
          options={[
            { value: "pre", label: "pre-norm (GPT-2): norm first" },
            { value: "post", label: "post-norm (2017 paper): norm after adding" },
          ]}
          onChange={(order) => set({ order })}
        />
        <Choice
          name="Position vectors"
          value={state.positions}
          options={[
            { value: "on", label: "added" },
            { value: "off", label: "left out" },
          ]}
          onChange={(positions) => set({ positions })}
        />
        <Choice
          name="Word order"
          value={state.swap}
          options={[
            { value: "no", label: "dog bites man" },
            { value: "yes", label: "man bites dog (swapped)" },
          ]}
          onChange={(swap) => set({ swap })}
        />
      </div>
      <p className="result">
        Reading: <strong>{flow.words.join(" ")}</strong>
      </p>
      <div style={grid}>
        {flow.stages.map((s) => (
          <Table key={s.id} name={s.label} words={flow.words} rows={s.rows} columns={NUMBERS} />
        ))}
      </div>
      <Table name="Attention weights (row: the word that looks; each row adds up to 1)" words={flow.words} rows={flow.weights} columns={flow.words} />
      <div aria-live="polite">
        <p className="steps-title">What happens to each word's output if dog and man swap places?</p>
        <ul>
          {changes.map((c) => (
            <li key={c.word}>
              <strong>{c.word}</strong>: {c.same ? "exactly the same numbers, just in another row" : `changes, by up to ${fmt(c.change, 2)}`}
            </li>
          ))}
        </ul>
        <p className="muted">
          {allSame
            ? "Without position vectors the block cannot tell the two sentences apart: each word comes out the same, only its row moves."
            : "With position vectors each word knows its place, so swapping the words changes what they become."}
        </p>
      </div>
      <p className="muted">
        Made-up words and fixed small weights, nothing trained. One attention head, and every word may look at every word (no causal mask here). Blue cells are above 0, orange below.
      </p>
    </div>
  );
}
