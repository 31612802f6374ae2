import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { MODES, RATE, TRIALS, compute, nextSeed, type DropoutState, type Mode } from "./logic";

const MODE_LABELS: Record<Mode, string> = { training: "training (dropout on)", test: "test time (dropout off)" };

export default function DropoutMask({ state, setState }: DemoViewProps<DropoutState>) {
  const v = compute(state);
  const training = state.mode === "training";
  const n = state.values.length;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="dropout rate" {...RATE} value={state.rate} onChange={(rate) => setState({ ...state, rate })} />
        <Choice<Mode> name="When" value={state.mode} options={MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))} onChange={(mode) => setState({ ...state, mode })} />
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" disabled={!training} onClick={() => setState({ ...state, seed: nextSeed(state.seed) })}>
          New mask
        </button>
        <span className="muted">Mask {state.seed}</span>
      </div>
      <p className="result" aria-live="polite">
        {training ? (
          <>
            Dropped <strong>{v.dropped}</strong> of {n}. Kept ones × <strong>{fmt(v.scale)}</strong>. Sum before <strong>{fmt(v.sumBefore)}</strong>, after{" "}
            <strong>{fmt(v.sumAfter)}</strong>
          </>
        ) : (
          <>
            Test time: nothing dropped, nothing scaled. Sum before <strong>{fmt(v.sumBefore)}</strong>, after <strong>{fmt(v.sumAfter)}</strong>
          </>
        )}
      </p>
      {training && (
        <p>
          Without the scaling, the sum would be {fmt(v.sumUnscaled)}. Over {TRIALS} random masks, the sum after dropout is {fmt(v.averageSum)} on average: close to{" "}
          {fmt(v.sumBefore)}.
        </p>
      )}
      <div className="table-wrap">
        <table className="progress-table">
          <caption className="visually-hidden">Each output of the layer, before and after dropout</caption>
          <thead>
            <tr>
              <th scope="col">output</th>
              <th scope="col">value</th>
              <th scope="col">mask</th>
              <th scope="col">after</th>
            </tr>
          </thead>
          <tbody>
            {state.values.map((x, i) => {
              const kept = v.mask[i] === 1;
              return (
                <tr key={i} className={kept ? undefined : "muted"}>
                  <th scope="row">{i + 1}</th>
                  <td>{fmt(x)}</td>
                  <td>{kept ? "1 (keep)" : "0 (drop)"}</td>
                  <td>
                    {kept && training ? `${fmt(x)} × ${fmt(v.scale)} = ` : ""}
                    <strong>{fmt(v.after[i]!)}</strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <StepList steps={v.steps} label="Dropout, step by step" />
    </div>
  );
}
