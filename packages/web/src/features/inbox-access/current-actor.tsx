/**
 * Who is signed in (role, user, stores), for what the inbox offers: the All folder for admins,
 * assignment for managers. Read from the session the console signed in with.
 */
import type { SessionActor } from "../../api/inbox-api";
import { useSession } from "../auth/session-context";

/** The signed-in actor. */
export function useCurrentActor(): SessionActor {
  return useSession().actor;
}
