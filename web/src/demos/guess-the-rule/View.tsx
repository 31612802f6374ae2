import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { SECRETS, X, compute, type GuessState } from "./logic";

const machines = SECRETS.map((_, i) => ({ value: String(i), label: `machine ${i + 1}` }));
const guesses = SECRETS.map((s, i) => ({ value: String(i), label: s.words }));

export default function GuessTheRule({ state, setState }: DemoViewProps<GuessState>) {
  const { output, table, right, steps } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice name="pick a machine" value={String(state.machine)} options={machines} onChange={(v) => setState({ ...state, machine: Number(v), guess: -1 })} />
        <Slider name="input" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
      </div>
      <p className="result" aria-live="polite">
        You put in {fmt(state.x)}. Out comes <strong>{fmt(output)}</strong>
      </p>
      <div className="table-wrap">
        <table aria-label="some inputs and outputs of this machine">
          <thead>
            <tr><th scope="col">input</th>{table.map(([x]) => <td key={x}>{fmt(x)}</td>)}</tr>
          </thead>
          <tbody>
            <tr><th scope="row">output</th>{table.map(([x, y]) => <td key={x}>{fmt(y)}</td>)}</tr>
          </tbody>
        </table>
      </div>
      <Choice name="what is the rule?" value={String(state.guess)} options={guesses} onChange={(v) => setState({ ...state, guess: Number(v) })} />
      {right !== null && (
        <p className="result" aria-live="polite">
          <strong>{right ? "Yes! That is the rule." : "Not this one. Try another input, then guess again."}</strong>
        </p>
      )}
      {right && <StepList steps={steps} label="Inside the machine" />}
    </div>
  );
}
