// The logged-in user: who they are, their offices, and the active one.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { api, setCsrfToken, setUnauthenticatedHandler } from "../api/client";
import type { Me, Role } from "../api/client";

type SessionState =
  { status: "loading" } | { status: "anonymous" } | { status: "authenticated"; me: Me };

interface SessionApi {
  state: SessionState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  switchOffice: (officeId: number) => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: "authenticated", me });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => setState({ status: "anonymous" }));
    api.me().then(accept, () => setState({ status: "anonymous" }));
    return () => setUnauthenticatedHandler(null);
  }, [accept]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      login: async (email, password) => accept(await api.login(email, password)),
      logout: async () => {
        try {
          await api.logout();
        } finally {
          setCsrfToken("");
          setState({ status: "anonymous" });
        }
      },
      switchOffice: async (officeId) => accept(await api.switchOffice(officeId)),
      changePassword: async (currentPassword, newPassword) =>
        accept(await api.changePassword(currentPassword, newPassword)),
    }),
    [state, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSession outside SessionProvider");
  return context;
}

/** The authenticated user; only for components rendered behind the login. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "authenticated") throw new Error("useMe without a session");
  return state.me;
}

/** True when the user holds any of the roles (nationally, or in the active office). */
export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.user.roles.some(
    (membership) =>
      roles.includes(membership.role) &&
      (membership.officeId === null || membership.officeId === me.activeOfficeId),
  );
}
