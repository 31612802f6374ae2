import { useId } from "react";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { BATCH, CLASSES, CLASS_COLOURS, EPOCHS, ITEMS, MNIST_SIZE, compute, reshuffle, type SplitterState } from "./logic";

const batchRow = { display: "flex", flexWrap: "wrap", gap: "0.5rem", margin: "0.6rem 0", padding: 0, listStyle: "none" } as const;
const batchBox = {
  border: "2px solid var(--line)",
  borderRadius: "6px",
  padding: "0.25rem",
  background: "var(--paper)",
} as const;
const squares = { display: "flex", flexWrap: "wrap", gap: "2px", maxWidth: "10.5rem" } as const;
const square = (label: number) =>
  ({
    width: "1.2rem",
    height: "1.2rem",
    lineHeight: "1.2rem",
    fontSize: "0.75rem",
    fontFamily: "var(--mono)",
    textAlign: "center",
    borderRadius: "3px",
    background: CLASS_COLOURS[label]!.fill,
    color: CLASS_COLOURS[label]!.ink,
  }) as const;

export default function BatchSplitter({ state, setState }: DemoViewProps<SplitterState>) {
  const r = compute(state);
  const shuffleId = useId();
  const set = (patch: Partial<SplitterState>) => setState({ ...state, ...patch });
  const lastIsSmaller = r.last < state.batch;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="dataset size" label="items in the dataset" {...ITEMS} value={state.n} onChange={(n) => set({ n })} />
        <Slider name="batch size" {...BATCH} value={state.batch} onChange={(batch) => set({ batch })} />
        <Slider name="classes" label="classes (kinds of item)" {...CLASSES} value={state.classes} onChange={(classes) => set({ classes })} />
        <Slider name="epochs" {...EPOCHS} value={state.epochs} onChange={(epochs) => set({ epochs })} />
      </div>
      <div className="buttons" role="group" aria-label="Order of the items">
        <label htmlFor={shuffleId}>
          <input id={shuffleId} type="checkbox" checked={state.shuffle === 1} onChange={(e) => set({ shuffle: e.currentTarget.checked ? 1 : 0 })} /> Shuffle
        </label>
        <button type="button" className="button secondary" onClick={() => setState(reshuffle(state))}>
          Shuffle again (next epoch)
        </button>
        <span className="muted">{state.shuffle ? `shuffled, order number ${state.seed}` : "in file order: sorted by class"}</span>
      </div>
      <div aria-live="polite">
        <p className="result">
          {state.n} items in batches of {state.batch}: <strong>{r.full}</strong> full {r.full === 1 ? "batch" : "batches"}
          {lastIsSmaller ? (
            <>
              {" "}
              and a last batch of <strong>{r.last}</strong>
            </>
          ) : (
            ", every one full"
          )}
          .
        </p>
        <p className="result">
          Batches (and updates) per epoch: <strong>{r.perEpoch}</strong>. Updates in {state.epochs} {state.epochs === 1 ? "epoch" : "epochs"}:{" "}
          <strong>{r.updates}</strong>.
        </p>
        <p className="result">
          Batches with only one class in them: <strong>{r.oneClass}</strong> of {r.perEpoch}.
        </p>
        <p className="muted">
          On all {MNIST_SIZE} MNIST images, batch size {state.batch} gives {r.mnistBatches} batches per epoch.
        </p>
      </div>
      <p className="muted">Each square is one item; its colour and number show its class.</p>
      <ol style={batchRow} aria-label={`${r.perEpoch} batches`}>
        {r.batches.map((b, k) => (
          <li key={k} style={batchBox} aria-label={`Batch ${k + 1}: ${b.length} items, classes ${b.map((it) => it.label).join(" ")}`}>
            <div className="muted" style={{ fontSize: "0.8rem" }} aria-hidden="true">
              Batch {k + 1} ({b.length})
            </div>
            <div style={squares} aria-hidden="true">
              {b.map((it) => (
                <span key={it.id} style={square(it.label)} title={`item ${it.id}, class ${it.label}`}>
                  {it.label}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <StepList steps={r.steps} label="Counting the batches, step by step" />
    </div>
  );
}
