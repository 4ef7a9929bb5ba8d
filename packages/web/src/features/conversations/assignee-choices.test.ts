import { describe, expect, it } from "vitest";
import type { StaffUser } from "../../api/inbox-api";
import { assigneeChoices } from "./assignee-choices";

const user = (name: string, role: StaffUser["role"], storeIds: string[], active = true): StaffUser => ({
  id: name.toLowerCase(),
  name,
  email: `${name}@example.com`,
  role,
  storeIds,
  active,
});

describe("assigneeChoices", () => {
  const users = [
    user("Wen", "agent", ["s2"]),
    user("Mei", "agent", ["s1"]),
    user("Ada", "admin", []),
    user("Gone", "agent", ["s1"], false),
    user("Lin", "store_manager", ["s1", "s2"]),
  ];
  it("offers the active staff of the conversation's store, and admins, by name", () => {
    expect(assigneeChoices(users, "s1").map((u) => u.name)).toEqual(["Ada", "Lin", "Mei"]);
  });
  it("offers every active user when the conversation has no store", () => {
    expect(assigneeChoices(users, null).map((u) => u.name)).toEqual(["Ada", "Lin", "Mei", "Wen"]);
  });
});
