import { Suspense, lazy } from "react";
import type { Block, BlockOf, Lesson } from "../../client";
import { CodeRunner } from "../CodeRunner/CodeRunner";
import { ExercisePanel } from "../Exercise/ExercisePanel";
import { fitHeadings } from "../Html/headings";
import { Html } from "../Html/Html";
import { QuizView } from "../Quiz/QuizView";
import { StepList } from "../Steps/StepList";
import { BlockBoundary } from "./BlockBoundary";
import { Predict } from "./Predict";

// The demo registry (and the explain mirror it uses) loads with the first demo on a page,
// so the app's entry stays small however many demos the course grows.
const DemoHost = lazy(() => import("../../demos/DemoHost").then((m) => ({ default: m.DemoHost })));

interface Ctx {
  lesson: Lesson;
  /** For demos: how many demos with the same id came before this one, plus one. */
  occurrence: number;
}

const NOTE_TITLES: Record<BlockOf<"note">["style"], string> = {
  tip: "Tip",
  mistake: "Common mistake",
  aside: "By the way",
  "real-world": "In the real world",
};

type Renderers = { [K in Block["kind"]]: (block: BlockOf<K>, ctx: Ctx) => React.ReactNode };

/** One component per block kind; a new kind is one new entry here. */
const RENDER: Renderers = {
  prose: (b, ctx) => <Html html={fitHeadings(b.html, ctx.lesson.title)} className="prose" />,
  term: (b) => (
    <aside className="term" aria-label={`New word: ${b.term}`}>
      <p className="term-word">
        <span className="term-label">New word</span> <dfn>{b.term}</dfn>
      </p>
      <Html html={b.html} />
    </aside>
  ),
  worked: (b) => (
    <figure className="worked">
      <figcaption>
        <span className="worked-label">Worked example</span> {b.title ?? ""}
      </figcaption>
      <StepList steps={b.steps.map((s) => ({ ...s, value: typeof s.value === "number" ? s.value : Number.NaN }))} label={b.title ?? "Worked example"} />
    </figure>
  ),
  demo: (b, ctx) => (
    <Suspense fallback={<p className="muted">Loading the demo…</p>}>
      <DemoHost id={b.demo} props={b.props} occurrence={ctx.occurrence} />
    </Suspense>
  ),
  predict: (b) => <Predict block={b} />,
  code: (b, ctx) => <CodeRunner block={b} moduleId={ctx.lesson.id} />,
  note: (b) => (
    <aside className={`note note-${b.style}`} aria-label={NOTE_TITLES[b.style]}>
      <p className="note-title">{NOTE_TITLES[b.style]}</p>
      <Html html={b.html} />
    </aside>
  ),
  figure: (b) => (
    <figure className="figure">
      <img src={b.src} alt={b.alt} loading="lazy" />
      {b.caption && <figcaption>{b.caption}</figcaption>}
    </figure>
  ),
  exercise: (b, ctx) => {
    const ex = ctx.lesson.exercises.find((e) => e.slug === b.slug);
    return ex ? <ExercisePanel exercise={ex} moduleId={ctx.lesson.id} /> : <p className="callout error">This lesson names an exercise “{b.slug}” that it does not include.</p>;
  },
  quiz: (_b, ctx) => (ctx.lesson.quiz ? <QuizView quiz={ctx.lesson.quiz} moduleId={ctx.lesson.id} /> : null),
};

export function BlockView({ block, ctx }: { block: Block; ctx: Ctx }) {
  const render = RENDER[block.kind] as (b: Block, c: Ctx) => React.ReactNode;
  return (
    <div className={`block block-${block.kind}`}>
      <BlockBoundary kind={block.kind}>{render(block, ctx)}</BlockBoundary>
    </div>
  );
}
