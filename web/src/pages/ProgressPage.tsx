import { useRef, useState, useSyncExternalStore } from "react";
import { Link } from "react-router";
import { api } from "../client";
import { LoadError, Loading } from "../components/Layout/Status";
import { ProgressFileError } from "../progress/events";
import { progress } from "../progress/store";
import { summarise } from "../progress/summary";
import { useProgressStats } from "../progress/useProgress";
import { useAsync } from "../useAsync";
import { useTitle } from "../useTitle";

type Message = { kind: "ok" | "bad"; text: string } | null;

/** Progress per module, and the progress file: export to keep or move it, import to restore. */
export function ProgressPage() {
  useTitle("My progress — From Zero");
  const course = useAsync((signal) => api.course(signal), "course");
  const stats = useProgressStats();
  const events = useSyncExternalStore(progress.subscribe, progress.getEvents);
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const blob = new Blob([progress.exportText()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `fromzero-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    setMessage({ kind: "ok", text: `Saved ${events.length} events to a file in your downloads.` });
  };

  const importFile = async (file: File) => {
    try {
      const { added, skipped } = progress.importText(await file.text());
      setMessage({
        kind: "ok",
        text: `Imported ${added} new event${added === 1 ? "" : "s"}` + (skipped ? ` (${skipped} you already had were skipped).` : "."),
      });
    } catch (e) {
      const why = e instanceof ProgressFileError ? e.message : "The file could not be read.";
      setMessage({ kind: "bad", text: `Nothing was imported. ${why}` });
    } finally {
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  const clearAll = () => {
    if (window.confirm("Delete all your progress in this browser? Export it first if you may want it back.")) {
      progress.clear();
      setMessage({ kind: "ok", text: "All progress in this browser was deleted." });
    }
  };

  return (
    <div className="wrap page">
      <h1>My progress</h1>
      <p className="lead">Your progress lives in this browser only. Save it to a file to keep it safe or to carry it to another computer.</p>

      <section aria-labelledby="progress-file">
        <h2 id="progress-file">Progress file</h2>
        <div className="buttons">
          <button type="button" className="button" onClick={exportFile}>
            Export my progress
          </button>
          <label className="button secondary file-button">
            Import a progress file
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void importFile(f);
              }}
            />
          </label>
          <button type="button" className="button ghost" onClick={clearAll}>
            Delete all progress
          </button>
        </div>
        <div aria-live="polite">
          {message && (
            <p className={`summary ${message.kind}`} role={message.kind === "bad" ? "alert" : undefined}>
              {message.text}
            </p>
          )}
        </div>
        <p className="muted">{events.length} events recorded.</p>
      </section>

      <section aria-labelledby="progress-modules">
        <h2 id="progress-modules">Lessons</h2>
        {course.status === "loading" && <Loading what="the course" />}
        {course.status === "error" && <LoadError message={course.message} />}
        {course.status === "ok" && (
          <div className="table-wrap">
            <table className="progress-table">
              <thead>
                <tr>
                  <th scope="col">Lesson</th>
                  <th scope="col">Visited</th>
                  <th scope="col">Exercises passed</th>
                  <th scope="col">Best quiz score</th>
                </tr>
              </thead>
              <tbody>
                {course.data.parts.flatMap((p) =>
                  p.modules.map((m) => {
                    const s = summarise(stats.get(m.id), m.exercises.map((e) => e.slug));
                    return (
                      <tr key={m.id}>
                        <th scope="row">
                          <Link to={`/learn/${m.id}`}>
                            {m.number} {m.title}
                          </Link>
                        </th>
                        <td>{s.visited ? "Yes" : "Not yet"}</td>
                        <td>
                          {s.passed} of {s.total}
                        </td>
                        <td>{s.quiz ?? "No quiz taken"}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
