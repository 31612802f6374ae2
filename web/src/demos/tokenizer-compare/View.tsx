import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { TextBox } from "../ui/TextBox";
import { BPE_MERGES, MAX_TEXT, TRAINING_TEXT, UNK, WORD_LIST, compute, withText, type TokenizerCompareState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const chip = (odd: boolean) => ({ ...litBox(odd), minWidth: "1.4rem", fontSize: "0.95rem", padding: "0.15rem 0.3rem" }) as const;

export default function TokenizerCompare({ state, setState }: DemoViewProps<TokenizerCompareState>) {
  const view = compute(state);
  return (
    <div className="demo-body">
      <TextBox label="Type a sentence" name="your sentence" max={MAX_TEXT} value={view.text} onChange={(text) => setState(withText(state, text))} fontSize="1.05rem" />
      {view.ways.map((way) => (
        <section key={way.name} aria-label={`cut by ${way.name}`}>
          <h4 style={{ margin: "0.8rem 0 0.2rem" }}>By {way.name}</h4>
          <p className="result" aria-live="polite" style={{ margin: 0 }}>
            <strong>{way.pieces.length}</strong> {way.pieces.length === 1 ? "piece" : "pieces"}, {way.different} different. Vocabulary:{" "}
            {way.vocabText}.
          </p>
          <div style={boxRow} role="list" aria-label={`${way.pieces.length} pieces`}>
            {way.pieces.map((p, i) => (
              <div key={i} role="listitem" style={chip(p.odd)}>
                {p.label}
              </div>
            ))}
          </div>
        </section>
      ))}
      {view.unknown.length > 0 && (
        <p className="muted">
          Not in the word list, so {UNK} (filled chips): {view.unknown.join(", ")}. BPE still cuts them into pieces it knows, and
          bytes where it knows nothing better (⟨240⟩ is one byte of a longer character).
        </p>
      )}
      <details>
        <summary>The training text and the word list</summary>
        <p className="muted">
          The word list is every word of this text ({WORD_LIST.length} words; capital letters count as small ones). The BPE
          tokenizer learned {BPE_MERGES} merges from the same text, after cutting it at spaces and marks first.
        </p>
        <p style={{ ...mono, whiteSpace: "pre-wrap", wordBreak: "break-word" }}>{TRAINING_TEXT}</p>
        <p style={{ ...mono, wordBreak: "break-word" }}>{WORD_LIST.join(", ")}</p>
      </details>
    </div>
  );
}
