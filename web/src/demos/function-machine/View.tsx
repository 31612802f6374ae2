import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { N, OPS, OP_LABELS, X, compute, type MachineState, type Op } from "./logic";

const options = OPS.map((o) => ({ value: o, label: OP_LABELS[o] }));

export default function FunctionMachine({ state, setState }: DemoViewProps<MachineState>) {
  const { steps, output, rule } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Choice name="rule 1" value={state.op1} options={options} onChange={(op1: Op) => setState({ ...state, op1 })} />
        <Slider name="rule 1 number" {...N} value={state.n1} onChange={(n1) => setState({ ...state, n1 })} />
        <Choice name="rule 2" value={state.op2} options={options} onChange={(op2: Op) => setState({ ...state, op2 })} />
        <Slider name="rule 2 number" {...N} value={state.n2} onChange={(n2) => setState({ ...state, n2 })} />
      </div>
      <svg className="flow" viewBox="0 0 420 100" role="img" aria-label={`input ${fmt(state.x)} goes in, the machine does: ${rule}, and ${fmt(output)} comes out`}>
        <rect x="4" y="30" width="80" height="40" rx="8" className="node input" />
        <text x="44" y="50" dy="0.35em" textAnchor="middle">{fmt(state.x)}</text>
        <line x1="84" y1="50" x2="140" y2="50" className="edge" />
        <rect x="140" y="14" width="140" height="72" rx="12" className="node neuron" />
        <text x="210" y="50" dy="0.35em" textAnchor="middle">machine</text>
        <line x1="280" y1="50" x2="336" y2="50" className="edge" />
        <rect x="336" y="30" width="80" height="40" rx="8" className="node output" />
        <text x="376" y="50" dy="0.35em" textAnchor="middle" className="strong">{fmt(output)}</text>
      </svg>
      <p className="result" aria-live="polite">
        The rule: {rule}. Output: <strong>{fmt(output)}</strong>
      </p>
      <StepList steps={steps} label="Inside the machine" />
    </div>
  );
}
