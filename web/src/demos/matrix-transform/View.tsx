import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { ArrowGrid } from "../vector-arrows/Grid";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { P, R, REACH, SQUARE, compute, type TransformState } from "./logic";

const NAMES = ["top left", "top right", "bottom left", "bottom right"];

export default function MatrixTransform({ state, setState }: DemoViewProps<TransformState>) {
  const { steps, moved, square, words } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        {state.m.map((v, i) => (
          <Slider key={i} name={`matrix, ${NAMES[i]}`} {...R} value={v} onChange={(x) => setState({ ...state, m: withItem(state.m, i, x) })} />
        ))}
        <Slider name="point, along" {...P} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="point, up" {...P} value={state.y} onChange={(y) => setState({ ...state, y })} />
      </div>
      <p className="result" aria-live="polite">
        <strong>{words}</strong>
      </p>
      <ArrowGrid
        description={`The grey dashed square has corners (0, 0), (1, 0), (1, 1), (0, 1). After the matrix [[${state.m.map((v) => fmt(v)).join(", ")}]] its corners are ${square
          .slice(0, 4)
          .map(([x, y]) => `(${fmt(x)}, ${fmt(y)})`)
          .join(", ")}. The red dot is your point; the blue dot is where it goes: ${words}.`}
        reach={REACH}
        shapes={[
          { id: "before", points: SQUARE, tone: "guide" },
          { id: "after", points: square, tone: "main" },
          { id: "move", points: [[state.x, state.y], moved], tone: "guide", arrow: true },
        ]}
        dots={[
          { x: state.x, y: state.y, tone: "other" },
          { x: moved[0], y: moved[1], tone: "main" },
        ]}
      />
      <StepList steps={steps} label="The matrix times the point" />
    </div>
  );
}
