import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { Slider } from "../ui/Slider";
import { TextBox } from "../ui/TextBox";
import { MAX_TEXT, compute, guessText, inWindow, maxBlock, maxStart, showChar, withBlock, withText, type ShiftState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const small = { fontSize: "0.8rem" } as const;
const scroll = { overflowX: "auto", maxWidth: "100%" } as const;
const rowHead = { padding: "0.2rem 0.4rem", textAlign: "left", fontWeight: 600, fontSize: "0.85rem", whiteSpace: "nowrap" } as const;
const cell = { padding: "0.15rem" } as const;
const box = (on: boolean) => ({ ...litBox(on), minWidth: "2rem", fontSize: "1rem" }) as const;
const hiddenBox = { ...litBox(false), minWidth: "2rem", fontSize: "1rem", opacity: 0.35, borderStyle: "dashed" } as const;
const targetBox = { ...litBox(false), minWidth: "2rem", fontSize: "1rem", borderColor: "var(--ink)", color: "var(--ink)" } as const;

export default function ShiftTargets({ state, setState }: DemoViewProps<ShiftState>) {
  const view = compute(state);
  const n = view.chars.length;
  const guess = guessText(view, state.pick);
  return (
    <div className="demo-body">
      <TextBox label="Type a text" name="your text" max={MAX_TEXT} value={view.text} onChange={(text) => setState(withText(state, text))} fontSize="1.1rem" />
      {!view.ready ? (
        <p className="result" aria-live="polite">
          A pair needs at least 2 characters: one to read and one to guess. Type a little more.
        </p>
      ) : (
        <>
          <div className="controls">
            <Slider name="block size: inputs in one window" min={1} max={maxBlock(n)} step={1} value={state.block} onChange={(b) => setState(withBlock(state, b))} />
            <Slider name="where the window starts" min={0} max={maxStart(n, state.block)} step={1} value={state.start} onChange={(start) => setState({ ...state, start })} />
          </div>
          <p className="muted">The whole text. The filled boxes are the window: {state.block} inputs, plus one more character for the last target.</p>
          <div style={boxRow} role="img" aria-label={`the text, with the window from position ${state.start} to ${state.start + state.block} filled`}>
            {view.chars.map((ch, i) => (
              <div key={i} style={{ textAlign: "center" }}>
                <div style={{ ...box(inWindow(state, i)), minWidth: "1.6rem" }}>{showChar(ch)}</div>
                <div className="muted" style={small}>
                  {i}
                </div>
              </div>
            ))}
          </div>
          <p className="muted">
            Inputs on top, targets below. Press a guess number to see what that guess may look at. Dashed boxes are hidden from it by the causal
            mask.
          </p>
          <div style={scroll}>
            <table aria-label="inputs and targets, one column per guess" style={{ borderCollapse: "collapse" }}>
              <thead>
                <tr>
                  <th scope="col" style={rowHead}>
                    guess
                  </th>
                  {view.inputs.map((_, i) => (
                    <th key={i} scope="col" style={cell}>
                      <button
                        type="button"
                        className="button secondary"
                        style={{ minWidth: "2rem", padding: "0.1rem 0.3rem" }}
                        aria-pressed={state.pick === i + 1}
                        aria-label={`guess ${i + 1}`}
                        onClick={() => setState({ ...state, pick: i + 1 })}
                      >
                        {i + 1}
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" style={rowHead}>
                    inputs
                  </th>
                  {view.inputs.map((ch, i) => (
                    <td key={i} style={cell}>
                      <div style={view.seen[i] ? box(true) : hiddenBox} aria-label={`input ${i + 1}: ${ch === " " ? "space" : showChar(ch)}${view.seen[i] ? "" : ", hidden"}`}>
                        {showChar(ch)}
                      </div>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row" style={rowHead}>
                    targets
                  </th>
                  {view.targets.map((ch, i) => (
                    <td key={i} style={cell}>
                      <div style={i + 1 === state.pick ? targetBox : box(false)} aria-label={`target ${i + 1}: ${ch === " " ? "space" : showChar(ch)}`}>
                        {showChar(ch)}
                      </div>
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <p className="result" aria-live="polite">
            Guess {state.pick} reads <strong style={mono}>&quot;{guess.read}&quot;</strong> and must guess <strong style={mono}>{guess.target}</strong>. It
            looks at inputs 1 to {state.pick}; {state.block - state.pick === 0 ? "nothing is hidden from it" : `the ${state.block - state.pick} after that are hidden`}.
          </p>
          <p className="result">
            This window gives <strong>{state.block}</strong> guess{state.block === 1 ? "" : "es"} at once. A window this size fits in {view.windows} place
            {view.windows === 1 ? "" : "s"} in the text, so the text holds {view.guesses} guesses in all.
          </p>
          <StepList steps={view.steps} label="This window, step by step" />
        </>
      )}
    </div>
  );
}
