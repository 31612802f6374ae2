import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { ArrowGrid } from "./Grid";
import { R, compute, type ArrowState } from "./logic";

export default function VectorArrows({ state, setState }: DemoViewProps<ArrowState>) {
  const { steps, lengthA, lengthB, words } = compute(state);
  const [ax, ay] = state.a as [number, number];
  const [bx, by] = state.b as [number, number];
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="arrow a, along" {...R} value={ax} onChange={(v) => setState({ ...state, a: withItem(state.a, 0, v) })} />
        <Slider name="arrow a, up" {...R} value={ay} onChange={(v) => setState({ ...state, a: withItem(state.a, 1, v) })} />
        <Slider name="arrow b, along" {...R} value={bx} onChange={(v) => setState({ ...state, b: withItem(state.b, 0, v) })} />
        <Slider name="arrow b, up" {...R} value={by} onChange={(v) => setState({ ...state, b: withItem(state.b, 1, v) })} />
      </div>
      <ArrowGrid
        description={`Arrow a (blue) from the middle to (${fmt(ax)}, ${fmt(ay)}), arrow b (red) to (${fmt(bx)}, ${fmt(by)}). Their dot product is ${words}.`}
        reach={4}
        shapes={[
          { id: "a", points: [[0, 0], [ax, ay]], tone: "main", label: "a", arrow: true },
          { id: "b", points: [[0, 0], [bx, by]], tone: "other", label: "b", arrow: true },
        ]}
      />
      <p className="result" aria-live="polite">
        a · b = <strong>{words}</strong>
      </p>
      <p className="muted">
        Length of a: {fmt(lengthA)}. Length of b: {fmt(lengthB)}.
      </p>
      <StepList steps={steps} label="The dot product, step by step" />
    </div>
  );
}
