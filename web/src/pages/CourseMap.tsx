import { Link } from "react-router";
import { api, type ModuleSummary, type Part } from "../client";
import { LoadError, Loading } from "../components/Layout/Status";
import type { ModuleStats } from "../progress/events";
import { summarise } from "../progress/summary";
import { useProgressStats } from "../progress/useProgress";
import { useAsync } from "../useAsync";
import { useTitle } from "../useTitle";

export function CourseMap() {
  useTitle("The course map — From Zero");
  const course = useAsync((signal) => api.course(signal), "course");
  const stats = useProgressStats();
  return (
    <div className="wrap page">
      <h1>The course map</h1>
      <p className="lead">
        Twelve parts, from one single neuron to the models behind today&apos;s AI. Every number is worked out in front of you, and you
        can change it and watch what happens.
      </p>
      {course.status === "loading" && <Loading what="the course" />}
      {course.status === "error" && <LoadError message={course.message} />}
      {course.status === "ok" && (
        <ol className="parts">
          {course.data.parts.map((part) => (
            <PartCard key={part.id} part={part} stats={stats} />
          ))}
        </ol>
      )}
    </div>
  );
}

function PartCard({ part, stats }: { part: Part; stats: Map<string, ModuleStats> }) {
  const open = part.status === "open";
  return (
    <li className={open ? "part" : "part part-waiting"} aria-labelledby={`part-${part.id}`}>
      <div className="part-head">
        <h2 id={`part-${part.id}`}>
          <span className="part-number">Part {part.number}</span> {part.title}
        </h2>
        <span className="part-meta">
          Weeks {part.weeks}
          {!open && <span className="badge waiting">In preparation</span>}
        </span>
      </div>
      <p>{part.summary}</p>
      {open ? (
        <ol className="modules">
          {part.modules.map((m) => (
            <ModuleRow key={m.id} module={m} stats={stats.get(m.id)} />
          ))}
        </ol>
      ) : (
        <p className="muted">This part is still being written. Its lessons will appear here when they are ready.</p>
      )}
    </li>
  );
}

function ModuleRow({ module: m, stats }: { module: ModuleSummary; stats: ModuleStats | undefined }) {
  const s = summarise(stats, m.exercises.map((e) => e.slug));
  return (
    <li className="module-row" data-module={m.id}>
      <Link to={`/learn/${m.id}`} className="module-link">
        <span className="module-number">{m.number}</span>
        <span className="module-title">{m.title}</span>
      </Link>
      <span className="module-meta">{m.minutes} min</span>
      <span className="badges" aria-label={s.sentence} role="group">
        <span className={s.visited ? "badge done" : "badge"} aria-hidden="true">
          {s.visited ? "✓ Visited" : "Not started"}
        </span>
        {s.total > 0 && (
          <span className={s.passed === s.total ? "badge done" : "badge"} aria-hidden="true">
            Exercises {s.passed}/{s.total}
          </span>
        )}
        {s.quiz && (
          <span className="badge score" aria-hidden="true">
            Quiz best {s.quiz}
          </span>
        )}
      </span>
    </li>
  );
}
