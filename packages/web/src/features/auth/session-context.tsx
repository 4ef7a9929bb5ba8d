/** Who the console is signed in as (role, user, stores), for pages that show or hide what a role may do. */
import { createContext, useContext, type ReactNode } from "react";
import type { Role, SessionInfo } from "../../api/session-api";

const SessionContext = createContext<SessionInfo | null>(null);

export function SessionProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in session. Only inside `SessionProvider` (the signed-in console). */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside SessionProvider");
  return session;
}

/** Whether the signed-in role is one of `roles`. */
export function useRoleIn(roles: readonly Role[]): boolean {
  return roles.includes(useSession().actor.role);
}
