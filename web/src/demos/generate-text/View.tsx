import { useEffect, useId, useRef, useState } from "react";
import { trainingApi, type Generation } from "../../features/training/api";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { LENGTH, MAX_PROMPT, SEED, TEMPERATURE, TOP_K, TOP_P, describe, request, requestKey, stepRows, textOf, withPrompt, type GenerateState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const th = { textAlign: "left", padding: "0.2rem 0.4rem" } as const;
const td = { padding: "0.2rem 0.4rem", ...mono, verticalAlign: "top" } as const;

export default function GenerateText({ state, setState }: DemoViewProps<GenerateState>) {
  const promptId = useId();
  // the answer remembers which settings made it, so text from old settings is never shown as new
  const [answer, setAnswer] = useState<{ key: string; generation: Generation } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const key = requestKey(state);
  const shown = answer && answer.key === key ? answer.generation : null;
  const prompt = textOf(state.codes);

  const generate = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    trainingApi
      .generateCharGpt(request(state), controller.signal)
      .then((generation) => setAnswer({ key, generation }))
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === "AbortError")) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (running.current === controller) setBusy(false);
      });
  };

  return (
    <div className="demo-body">
      <div className="slider">
        <label htmlFor={promptId}>The start of the text, the prompt (at most {MAX_PROMPT} characters)</label>
        <textarea
          id={promptId}
          aria-label="prompt"
          rows={2}
          maxLength={MAX_PROMPT}
          value={prompt}
          onChange={(e) => setState(withPrompt(state, e.currentTarget.value))}
          style={{ ...mono, fontSize: "1rem", width: "100%", gridColumn: "1 / -1" }}
        />
      </div>
      <div className="controls">
        <Slider name="temperature" label="temperature (0 = greedy)" {...TEMPERATURE} value={state.t} onChange={(t) => setState({ ...state, t })} />
        <Slider name="top-k" label="top-k (0 = off)" {...TOP_K} value={state.k} onChange={(k) => setState({ ...state, k })} />
        <Slider name="top-p" label="top-p (1 = off)" {...TOP_P} value={state.p} onChange={(p) => setState({ ...state, p })} />
        <Slider name="length" label="new characters" {...LENGTH} value={state.length} onChange={(length) => setState({ ...state, length })} />
        <Slider name="seed" label="seed" {...SEED} value={state.seed} onChange={(seed) => setState({ ...state, seed })} />
      </div>
      <div className="buttons">
        <button type="button" className="button" onClick={generate} disabled={busy || state.codes.length === 0}>
          {busy ? "Writing…" : "Generate"}
        </button>
      </div>
      <p className="result">Settings: {describe(state)}.</p>
      <p className="muted">The model is real: a small GPT trained on Shakespeare that ships with the course, running on the server.</p>
      {error && (
        <p className="training-error" role="alert">
          {error}
        </p>
      )}
      {shown && (
        <div aria-live="polite">
          <p className="result">
            Wrote {shown.text.length} new characters after your prompt.
          </p>
          <pre style={{ ...mono, whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 }}>
            <span style={{ opacity: 0.6 }}>{shown.prompt}</span>
            <strong>{shown.text}</strong>
          </pre>
          <p className="muted">
            The first {shown.tokens.length} picks (␣ is a space, ↵ a new line). Each row: the character it picked, that
            character&apos;s chance, and the five likeliest characters at that step.
          </p>
          <div style={{ overflowX: "auto" }}>
            <table aria-label="the first picks" style={{ borderCollapse: "collapse" }}>
              <thead>
                <tr>
                  <th style={th}>step</th>
                  <th style={th}>picked</th>
                  <th style={th}>its chance</th>
                  <th style={th}>the five likeliest</th>
                </tr>
              </thead>
              <tbody>
                {stepRows(shown.tokens).map((r) => (
                  <tr key={r.n}>
                    <td style={td}>{r.n}</td>
                    <td style={td}>
                      <strong>{r.char}</strong>
                    </td>
                    <td style={td}>{r.chance}</td>
                    <td style={{ ...td, whiteSpace: "normal" }}>
                      {r.top.map((c, i) => (
                        <span key={i} style={{ marginRight: "0.6rem", fontWeight: c.chosen ? 700 : 400 }}>
                          {c.char} {c.chance}
                        </span>
                      ))}
                      {r.outside && <span className="muted">(picked from outside the five)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            The model: {shown.model.n_layer} blocks, {shown.model.n_head} heads, {shown.model.n_embd} numbers per character,{" "}
            {shown.model.parameters.toLocaleString("en")} parameters, a context window of {shown.model.block_size} characters and a
            vocabulary of {shown.model.vocab_size} characters.
          </p>
        </div>
      )}
    </div>
  );
}
