import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { BF, ZEROS, compute, points, type MemoryRaceState } from "./logic";

const RNN_COLOR = "var(--bad)";
const LSTM_COLOR = "var(--accent)";

const below = (step: number | null, total: number) => (step === null ? `stays above 0.5 for all ${total} steps` : `drops below 0.5 at step ${step}`);

export default function MemoryRace({ state, setState }: DemoViewProps<MemoryRaceState>) {
  const v = compute(state);
  const last = v.steps;
  const rnnLast = v.rnn[last - 1]!;
  const lstmLast = v.lstm[last - 1]!;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="zeros after the 1" {...ZEROS} value={state.zeros} onChange={(zeros) => setState({ ...state, zeros })} />
        <Slider name="LSTM forget-gate bias b_f" {...BF} value={state.bf} onChange={(bf) => setState({ ...state, bf })} />
      </div>
      <p className="muted">
        The sequence: a 1, then {state.zeros} zeros ({last} steps). The LSTM's forget gate is σ({fmt(state.bf)}) = {fmt(v.forget)}.
      </p>
      <p className="result" aria-live="polite">
        After step {last}: RNN h = <strong>{fmt(rnnLast)}</strong>, LSTM c = <strong>{fmt(lstmLast)}</strong>
      </p>
      <p>
        <span style={{ color: RNN_COLOR, fontWeight: 700 }}>Plain RNN (h)</span> {below(v.rnnBelowHalf, last)}.{" "}
        <span style={{ color: LSTM_COLOR, fontWeight: 700 }}>LSTM (c)</span> {below(v.lstmBelowHalf, last)}.
      </p>
      <XYChart
        description={`What each unit still holds of the 1 at every step. After ${last} steps the plain RNN holds ${fmt(rnnLast)} and the LSTM holds ${fmt(lstmLast)}.`}
        xDomain={[1, Math.max(2, last)]}
        yDomain={[0, 1]}
        xLabel="step"
        yLabel="memory of the 1"
        series={[
          { id: "rnn", points: points(v.rnn), color: RNN_COLOR, dashed: true },
          { id: "lstm", points: points(v.lstm), color: LSTM_COLOR },
        ]}
        dots={[
          { x: last, y: rnnLast, color: RNN_COLOR },
          { x: last, y: lstmLast, color: LSTM_COLOR },
        ]}
      />
      <details>
        <summary>Every step, both units</summary>
        <div className="table-wrap">
          <table className="progress-table">
            <caption className="visually-hidden">What the RNN and the LSTM hold after each step</caption>
            <thead>
              <tr>
                <th scope="col">step</th>
                <th scope="col">input</th>
                <th scope="col">RNN h</th>
                <th scope="col">LSTM c</th>
              </tr>
            </thead>
            <tbody>
              {v.rnn.map((h, k) => (
                <tr key={k}>
                  <th scope="row">{k + 1}</th>
                  <td>{k === 0 ? 1 : 0}</td>
                  <td>{fmt(h)}</td>
                  <td>{fmt(v.lstm[k]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <details>
        <summary>The sums, step by step</summary>
        <StepList steps={v.rnnSteps} label="The plain RNN, step by step" />
        <StepList steps={v.lstmSteps} label="The LSTM's cell state, step by step" />
      </details>
    </div>
  );
}
