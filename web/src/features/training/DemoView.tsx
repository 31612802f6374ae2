import type { DemoViewProps } from "../../demos/registry";
import { parseSettings, type TrainingDemoState } from "./demo";
import { TrainingPanel } from "./TrainingPanel";

export default function TrainingDemo({ state }: DemoViewProps<TrainingDemoState>) {
  return <TrainingPanel key={`${state.preset} ${state.settings}`} preset={state.preset} initial={parseSettings(state.settings)} />;
}
