/** Pure: the user form's draft, from a stored user or empty, and the request a save sends. */
import type { UserInput } from "../../api/people-api";
import type { ConsoleUser, Role } from "../../api/session-api";

export interface UserDraft {
  email: string;
  name: string;
  role: Role;
  storeIds: string[];
  /** Text as typed; empty for no limit. */
  capacity: string;
  password: string;
  active: boolean;
}

export function draftOf(
  user: ConsoleUser | undefined,
  defaultRole: Role,
  defaultStores: string[],
): UserDraft {
  if (user === undefined) {
    return {
      email: "",
      name: "",
      role: defaultRole,
      storeIds: defaultStores,
      capacity: "",
      password: "",
      active: true,
    };
  }
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    storeIds: [...user.storeIds],
    capacity: user.capacity === null ? "" : String(user.capacity),
    password: "",
    active: user.active,
  };
}

/** The body of a save; a new user always sends the password, an edit only when one was typed. */
export function inputOf(draft: UserDraft, isNew: boolean): UserInput {
  const capacity = draft.capacity.trim() === "" ? null : Number(draft.capacity.trim());
  return {
    email: draft.email.trim(),
    name: draft.name.trim(),
    role: draft.role,
    storeIds: draft.storeIds,
    capacity: capacity === null || Number.isNaN(capacity) ? null : capacity,
    ...(isNew || draft.password !== "" ? { password: draft.password } : {}),
    ...(isNew ? {} : { active: draft.active }),
  };
}

/** Toggles one store in the draft's list, keeping the order stores were picked in. */
export function toggleStore(draft: UserDraft, storeId: string): UserDraft {
  return draft.storeIds.includes(storeId)
    ? { ...draft, storeIds: draft.storeIds.filter((id) => id !== storeId) }
    : { ...draft, storeIds: [...draft.storeIds, storeId] };
}
