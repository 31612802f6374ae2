import { useState } from "react";
import { Link, useLocation } from "react-router";
import { LoadError, Loading } from "../../components/Layout/Status";
import { progress } from "../../progress/store";
import { accountApi } from "./api";
import { ClassesPanel } from "./ClassesPanel";
import { ReviewsPanel } from "./ReviewsPanel";
import { describe, forgetSynced, syncNow } from "./sync";
import { useAccount } from "./useAccount";

/** The signed-in account: sync, classes, peer reviews, sign out (here or everywhere). */
export function AccountPage() {
  const { state, refresh } = useAccount();
  const location = useLocation();
  const arrived = (location.state as { message?: string } | null)?.message ?? null;
  const [message, setMessage] = useState<string | null>(arrived);
  const [error, setError] = useState<string | null>(null);

  const act = async (what: () => Promise<string>) => {
    setError(null);
    try {
      setMessage(await what());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (state.status === "loading") return <div className="wrap page"><Loading what="your account" /></div>;
  if (state.status === "signed-out") {
    return (
      <div className="wrap page">
        <h1>Account</h1>
        <p className="lead">You are not signed in. Your progress stays in this browser; an account is optional.</p>
        <p>
          <Link className="button" to="/signin">Sign in</Link> <Link className="button secondary" to="/signup">Make an account</Link>
        </p>
      </div>
    );
  }
  const { user } = state;
  return (
    <div className="wrap page">
      <h1>{user.name}</h1>
      <p className="muted">
        {user.email} · {user.role === "teacher" ? "teacher" : "learner"}
      </p>
      <div aria-live="polite">{message && <p className="summary ok">{message}</p>}</div>
      {error && <LoadError message={error} />}
      <div className="buttons">
        <button type="button" className="button" onClick={() => void act(async () => describe(await syncNow()))}>
          Sync my progress now
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            void act(async () => {
              await accountApi.signOut();
              forgetSynced();
              refresh();
              return "Signed out. Your progress is still in this browser.";
            })
          }
        >
          Sign out
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            void act(async () => {
              const r = await accountApi.signOutEverywhere();
              forgetSynced();
              refresh();
              return `Signed out on every device (${r.sessions_ended} session${r.sessions_ended === 1 ? "" : "s"} ended).`;
            })
          }
        >
          Sign out everywhere
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            void act(async () => {
              // On a shared computer: the next person must not start with (or upload) this
              // account's progress. Sync first, so it is all safe on the server; if that
              // fails, act() shows why and nothing is cleared.
              await syncNow();
              await accountApi.signOut();
              forgetSynced();
              progress.clear();
              refresh();
              return "Signed out, and this browser's copy of your progress was removed. It is kept in your account.";
            })
          }
        >
          Sign out and clear this browser
        </button>
      </div>
      <ClassesPanel user={user} />
      {user.role === "learner" && <ReviewsPanel />}
    </div>
  );
}
