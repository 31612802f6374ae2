import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { api, type Block, type Course } from "../client";
import { BlockView } from "../components/Blocks/BlockView";
import { LoadError, Loading } from "../components/Layout/Status";
import { progress } from "../progress/store";
import { useAsync } from "../useAsync";
import { useTitle } from "../useTitle";

function titleOf(course: Course | null, id: string | null): string | null {
  if (!course || !id) return null;
  for (const p of course.parts) for (const m of p.modules) if (m.id === id) return `${m.number} ${m.title}`;
  return null;
}

/** Number each demo by how many with the same id came before it (for its URL key). */
function occurrences(blocks: readonly Block[]): number[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    if (b.kind !== "demo") return 1;
    const n = (seen.get(b.demo) ?? 0) + 1;
    seen.set(b.demo, n);
    return n;
  });
}

export function LessonPage() {
  const { moduleId = "" } = useParams();
  const lesson = useAsync((signal) => api.module(moduleId, signal), `module:${moduleId}`);
  const course = useAsync((signal) => api.course(signal), "course");

  useTitle(lesson.status === "ok" ? `${lesson.data.number} ${lesson.data.title} — From Zero` : null);
  useEffect(() => {
    if (lesson.status === "ok") progress.record("visit", lesson.data.id, null, "visited");
  }, [lesson]);

  if (lesson.status === "loading") return <div className="wrap page"><Loading what="the lesson" /></div>;
  if (lesson.status === "error") {
    return (
      <div className="wrap page">
        <LoadError message={lesson.message} />
        <p><Link to="/">Back to the course map</Link></p>
      </div>
    );
  }
  const l = lesson.data;
  const c = course.status === "ok" ? course.data : null;
  const occ = occurrences(l.blocks);
  return (
    <article className="lesson">
      <div className="wrap">
        <nav aria-label="Breadcrumb" className="crumbs">
          <Link to="/">Course map</Link> <span aria-hidden="true">›</span> Part {l.part.number}: {l.part.title}
        </nav>
        <header className="lesson-head">
          <p className="kicker">Module {l.number} · about {l.minutes} minutes</p>
          <h1>{l.title}</h1>
          {l.objectives.length > 0 && (
            <div className="objectives">
              <h2 className="small-heading">After this lesson you can</h2>
              <ul>{l.objectives.map((o, i) => <li key={i}>{o}</li>)}</ul>
            </div>
          )}
          {l.out_of_scope.length > 0 && (
            <details className="out-of-scope">
              <summary>What this lesson leaves out</summary>
              <ul>{l.out_of_scope.map((o, i) => <li key={i}>{o}</li>)}</ul>
            </details>
          )}
        </header>
        {l.blocks.map((b, i) => (
          <BlockView key={`${l.id}-${i}`} block={b} ctx={{ lesson: l, occurrence: occ[i] ?? 1 }} />
        ))}
        <nav className="pager" aria-label="Lessons">
          {l.prev ? (
            <Link to={`/learn/${l.prev}`} className="pager-link prev" rel="prev">
              <span className="pager-dir">← Previous</span> {titleOf(c, l.prev) ?? "Previous lesson"}
            </Link>
          ) : <span />}
          {l.next ? (
            <Link to={`/learn/${l.next}`} className="pager-link next" rel="next">
              <span className="pager-dir">Next →</span> {titleOf(c, l.next) ?? "Next lesson"}
            </Link>
          ) : (
            <Link to="/" className="pager-link next">
              <span className="pager-dir">Done with this part →</span> Back to the course map
            </Link>
          )}
        </nav>
      </div>
    </article>
  );
}
