import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { DRAWS, SCORE, TEMPERATURE, TOP_K, TOP_P, WORDS, compute, type SamplingState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const th = { textAlign: "left", padding: "0.2rem 0.4rem" } as const;
const td = { padding: "0.2rem 0.4rem", ...mono } as const;

export default function SamplingLab({ state, setState }: DemoViewProps<SamplingState>) {
  const view = compute(state);
  const set = (patch: Partial<SamplingState>) => setState({ ...state, ...patch, runs: 0 });
  return (
    <div className="demo-body">
      <p className="muted">
        A made-up model read &quot;I like to eat&quot; and gave each next word a score. Type new scores, then move the knobs.
      </p>
      <div className="controls">
        <Slider name="temperature" label="temperature (0 = greedy)" {...TEMPERATURE} value={state.t} onChange={(t) => set({ t })} />
        <Slider name="top-k" label="top-k (0 = off)" {...TOP_K} value={state.k} onChange={(k) => set({ k })} />
        <Slider name="top-p" label="top-p (1 = off)" {...TOP_P} value={state.p} onChange={(p) => set({ p })} />
      </div>
      <div style={{ overflowX: "auto", position: "relative" }}>
        <table aria-label="the chances after each stage" style={{ borderCollapse: "collapse" }}>
          <thead>
            <tr>
              <th style={th}>word</th>
              <th style={th}>score</th>
              {!view.greedy && <th style={th}>÷ {fmt(state.t)}</th>}
              {view.stages.map((st) => (
                <th key={st.name} style={th}>
                  {st.name}
                </th>
              ))}
              <th style={th}>
                <span className="visually-hidden">bar of the final chance</span>
              </th>
              {view.counts && <th style={th}>picked in {DRAWS}</th>}
            </tr>
          </thead>
          <tbody>
            {WORDS.map((w, i) => (
              <tr key={w} style={view.final[i] === 0 ? { opacity: 0.55 } : undefined}>
                <td style={td}>{w}</td>
                <td style={td}>
                  <input
                    type="number"
                    aria-label={`score of ${w}`}
                    min={SCORE.min}
                    max={SCORE.max}
                    step={SCORE.step}
                    value={state.scores[i]}
                    onChange={(e) => {
                      const v = Number(e.currentTarget.value);
                      if (e.currentTarget.value !== "" && Number.isFinite(v)) set({ scores: withItem(state.scores, i, Math.min(SCORE.max, Math.max(SCORE.min, v))) });
                    }}
                    style={{ width: "4.2rem", ...mono }}
                  />
                </td>
                {view.divided && <td style={td}>{fmt(view.divided[i]!)}</td>}
                {view.stages.map((st) => (
                  <td key={st.name} style={td}>
                    {st.texts[i]}
                  </td>
                ))}
                <td style={{ padding: "0.2rem 0.4rem", minWidth: "4rem" }}>
                  <div
                    aria-hidden="true"
                    style={{ height: "0.8rem", width: `${Math.max(1, view.final[i]! * 100)}%`, background: "var(--accent)", borderRadius: "3px" }}
                  />
                </td>
                {view.counts && <td style={td}>{view.counts[i]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="result" aria-live="polite">
        {view.greedy ? (
          <>
            Temperature 0 is greedy: <strong>{WORDS[view.best]}</strong> gets all the chance, every time.
          </>
        ) : (
          <>
            {view.kept} of {WORDS.length} words can still be picked. <strong>{WORDS[view.best]}</strong> has a chance of{" "}
            <strong>{fmt(view.final[view.best]!)}</strong>; <strong>rocks</strong> has {fmt(view.final[WORDS.length - 1]!)}.
          </>
        )}
      </p>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState({ ...state, runs: state.runs + 1 })}>
          Sample {DRAWS} times
        </button>
      </div>
      {view.counts && (
        <p className="muted" aria-live="polite">
          Try {state.runs} (the seed): {view.draws.map((w) => WORDS[w]).join(", ")}. Press again for another seed.
        </p>
      )}
      {view.steps.length > 0 && <StepList steps={view.steps} label={`Temperature ${fmt(state.t)}, step by step`} />}
    </div>
  );
}
