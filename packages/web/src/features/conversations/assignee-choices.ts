/** Pure: whom a conversation can be assigned to: active staff of its store (admins work for every store). */
import type { StaffUser } from "../../api/inbox-api";

export function assigneeChoices(
  users: readonly StaffUser[],
  storeId: string | null | undefined,
): StaffUser[] {
  return users
    .filter((user) => user.active)
    .filter((user) => user.role === "admin" || storeId == null || user.storeIds.includes(storeId))
    .sort((a, b) => a.name.localeCompare(b.name));
}
