import { useCallback, useEffect, useState } from "react";
import { accountApi, type Account } from "./api";

export type AccountState = { status: "loading" } | { status: "signed-out" } | { status: "signed-in"; user: Account };

/** Who is signed in (asks the server once per mount); `refresh` after signing in or out. */
export function useAccount(): { state: AccountState; refresh: () => void } {
  const [state, setState] = useState<AccountState>({ status: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    accountApi.me().then(
      (user) => live && setState(user ? { status: "signed-in", user } : { status: "signed-out" }),
      () => live && setState({ status: "signed-out" }),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  return { state, refresh };
}
