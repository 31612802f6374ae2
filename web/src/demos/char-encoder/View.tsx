import { useId, useState } from "react";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { TextBox } from "../ui/TextBox";
import { MAX_TEXT, compute, idsText, parseIds, sameList, showChar, withText, type CharEncoderState } from "./logic";

const cell = { textAlign: "center" } as const;
const small = { fontSize: "0.8rem" } as const;
const pickButton = (on: boolean) => ({ ...litBox(on), cursor: "pointer", fontSize: "1rem" }) as const;

export default function CharEncoder({ state, setState }: DemoViewProps<CharEncoderState>) {
  const idsId = useId();
  const view = compute(state);
  // What the learner is typing in the ids box; shown while it still means the ids in the state.
  const [draft, setDraft] = useState(idsText(state.ids));
  const parsed = parseIds(draft);
  const shownDraft = sameList(parsed.ids, state.ids) ? draft : idsText(state.ids);
  const bad = shownDraft === draft ? parsed.bad : [];
  const picked = view.vocab[state.pick];
  return (
    <div className="demo-body">
      <TextBox label="Type a text" name="your text" max={MAX_TEXT} value={view.text} onChange={(text) => setState(withText(state, text))} fontSize="1.1rem" />
      {view.text === "" ? (
        <p className="result" aria-live="polite">
          The text is empty, so there is no vocabulary yet. Type a few letters.
        </p>
      ) : (
        <>
          <p className="muted">
            The vocabulary: every different character, sorted, with its id under it. A space shows as ␣. Press a character to
            see its one-hot row.
          </p>
          <div style={boxRow} role="group" aria-label="the vocabulary">
            {view.vocab.map((ch, i) => (
              <div key={ch} style={cell}>
                <button
                  type="button"
                  style={pickButton(i === state.pick)}
                  aria-pressed={i === state.pick}
                  aria-label={`character ${ch === " " ? "space" : ch}, id ${i}`}
                  onClick={() => setState({ ...state, pick: i })}
                >
                  {showChar(ch)}
                </button>
                <div className="muted" style={small}>
                  {i}
                </div>
              </div>
            ))}
          </div>
          <p className="result" aria-live="polite">
            {view.chars.length} characters, <strong>{view.vocab.length}</strong> different ones: the vocabulary size is{" "}
            <strong>{view.vocab.length}</strong>.
          </p>
          <StepList steps={view.steps} label="The vocabulary, step by step" />
          <p className="muted">Encode: each character of the text becomes its id.</p>
          <div style={boxRow} role="img" aria-label={`the ids of the text: [${view.textIds.join(", ")}]`}>
            {view.chars.map((ch, i) => (
              <div key={i} style={cell}>
                <div style={{ ...litBox(false), fontSize: "1rem" }}>{showChar(ch)}</div>
                <div style={{ fontFamily: "var(--mono)" }}>{view.textIds[i]}</div>
              </div>
            ))}
          </div>
          <p className="result">
            The ids: <code>[{view.textIds.join(", ")}]</code>
          </p>
          {picked !== undefined && (
            <>
              <p className="muted">
                One-hot row of {showChar(picked)} (id {state.pick}): {view.vocab.length} boxes, one per character, with a 1 at
                position {state.pick}.
              </p>
              <div style={boxRow} role="img" aria-label={`the one-hot row [${view.oneHot.join(", ")}]`}>
                {view.oneHot.map((v, k) => (
                  <div key={k} style={cell}>
                    <div style={litBox(v === 1)}>{v}</div>
                    <div className="muted" style={small}>
                      {showChar(view.vocab[k]!)}
                    </div>
                  </div>
                ))}
              </div>
            </>
          )}
        </>
      )}
      <div className="slider">
        <label htmlFor={idsId}>Decode: type ids, split by commas</label>
        <input
          id={idsId}
          type="text"
          inputMode="numeric"
          aria-label="ids to decode"
          value={shownDraft}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setDraft(next);
            setState({ ...state, ids: parseIds(next).ids });
          }}
          style={{ fontFamily: "var(--mono)", fontSize: "1.1rem", width: "100%" }}
        />
      </div>
      <div className="buttons" role="group" aria-label="fill the ids">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setDraft(idsText(view.textIds));
            setState({ ...state, ids: view.textIds.slice() });
          }}
        >
          Use the ids of my text
        </button>
      </div>
      <div style={boxRow} role="img" aria-label={`decoded: ${view.decodedText}`}>
        {view.decoded.map((d, i) => (
          <div key={i} style={cell}>
            <div style={{ fontFamily: "var(--mono)" }}>{d.id}</div>
            <div style={{ ...litBox(false), fontSize: "1rem" }}>{d.char === null ? "?" : showChar(d.char)}</div>
          </div>
        ))}
      </div>
      <p className="result" aria-live="polite">
        Decoded text: <strong style={{ fontFamily: "var(--mono)", whiteSpace: "pre-wrap" }}>&quot;{view.decodedText}&quot;</strong>
        {view.unknownIds.length > 0 && (
          <>
            {" "}
            No character has the id {view.unknownIds.join(", ")}: the ids go from 0 to {Math.max(0, view.vocab.length - 1)}.
          </>
        )}
        {bad.length > 0 && <> Not an id, so left out: {bad.join(" ")}.</>}
      </p>
    </div>
  );
}
