import { describe, expect, it } from "vitest";
import { decideOwnership } from "../conversations/ownership-change.js";
import { replyWriteRefusal, withDefaultOwner } from "../saved-replies/saved-reply-access.js";
import { ADMIN_TOKEN_ACTOR, conversationScopeOf, scopeIncludes } from "./actor.js";
import type { Actor } from "./actor.js";
import { staffRefusal } from "./staff-policy.js";

const agent: Actor = { kind: "session", role: "agent", userId: "amy", label: "amy@x", storeIds: ["xinyi"] };
const manager: Actor = {
  kind: "session",
  role: "store_manager",
  userId: "max",
  label: "max@x",
  storeIds: ["xinyi"],
};

describe("conversation scope", () => {
  const scope = conversationScopeOf(agent);
  it("gives an agent their own conversations and their stores' unassigned queue", () => {
    expect(scopeIncludes(scope, { assignedUserId: "amy", storeId: "banqiao" })).toBe(true);
    expect(scopeIncludes(scope, { assignedUserId: null, storeId: "xinyi" })).toBe(true);
    expect(scopeIncludes(scope, { assignedUserId: "bo", storeId: "xinyi" })).toBe(false);
    expect(scopeIncludes(scope, { assignedUserId: null, storeId: "banqiao" })).toBe(false);
    expect(scopeIncludes(scope, { assignedUserId: null, storeId: null })).toBe(false);
  });
  it("gives a store manager all of their stores' conversations, and admins everything", () => {
    expect(scopeIncludes(conversationScopeOf(manager), { assignedUserId: "bo", storeId: "xinyi" })).toBe(
      true,
    );
    expect(scopeIncludes(conversationScopeOf(manager), { assignedUserId: "bo", storeId: "banqiao" })).toBe(
      false,
    );
    expect(
      scopeIncludes(conversationScopeOf(ADMIN_TOKEN_ACTOR), { assignedUserId: null, storeId: null }),
    ).toBe(true);
  });
});

describe("ownership changes", () => {
  const queued = { status: "pending" as const, assignedUserId: null, storeId: "xinyi" };
  const bo = { id: "bo", active: true, storeIds: ["xinyi"] };

  it("assigns a conversation to the person taking it over", () => {
    expect(decideOwnership(agent, queued, { status: "in_progress" }, undefined)).toEqual({
      ok: true,
      next: { status: "in_progress", assignedUserId: "amy", storeId: "xinyi" },
    });
  });
  it("unassigns it when it goes back to the queue", () => {
    const mine = { status: "in_progress" as const, assignedUserId: "amy", storeId: "xinyi" };
    expect(decideOwnership(agent, mine, { status: "pending" }, undefined)).toMatchObject({
      next: { status: "pending", assignedUserId: null },
    });
    expect(decideOwnership(agent, mine, { assignedUserId: null }, undefined)).toMatchObject({
      next: { status: "pending", assignedUserId: null },
    });
  });
  it("lets a manager assign a colleague of their store, which puts it in progress", () => {
    expect(decideOwnership(manager, queued, { assignedUserId: "bo" }, bo)).toMatchObject({
      next: { status: "in_progress", assignedUserId: "bo" },
    });
    expect(
      decideOwnership(
        manager,
        queued,
        { assignedUserId: "cy" },
        { id: "cy", active: true, storeIds: ["banqiao"] },
      ),
    ).toMatchObject({ ok: false, status: 403, path: "assignedUserId" });
  });
  it("refuses an agent assigning someone else, moving stores, and anyone assigning a deactivated user", () => {
    expect(decideOwnership(agent, queued, { assignedUserId: "bo" }, bo)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(decideOwnership(agent, queued, { storeId: "banqiao" }, undefined)).toMatchObject({
      ok: false,
      path: "storeId",
    });
    expect(
      decideOwnership(ADMIN_TOKEN_ACTOR, queued, { assignedUserId: "bo" }, { ...bo, active: false }),
    ).toMatchObject({
      ok: false,
      status: 422,
      code: "user_inactive",
    });
    expect(decideOwnership(ADMIN_TOKEN_ACTOR, queued, { assignedUserId: "zz" }, undefined)).toMatchObject({
      ok: false,
      code: "user_not_found",
    });
  });
  it("keeps a closed conversation closed when someone is assigned to it", () => {
    const closed = { status: "closed" as const, assignedUserId: null, storeId: null };
    expect(decideOwnership(ADMIN_TOKEN_ACTOR, closed, { assignedUserId: "bo" }, bo)).toMatchObject({
      next: { status: "closed", assignedUserId: "bo" },
    });
  });
});

describe("staff and saved reply rules", () => {
  it("lets a store manager manage only agents of their own stores", () => {
    expect(staffRefusal(manager, { role: "agent", storeIds: ["xinyi"] })).toBeUndefined();
    expect(staffRefusal(manager, { role: "agent", storeIds: ["xinyi", "banqiao"] })).toMatchObject({
      path: "storeIds[1]",
    });
    expect(staffRefusal(manager, { role: "store_manager", storeIds: ["xinyi"] })).toMatchObject({
      path: "role",
    });
    expect(staffRefusal(manager, { role: "agent", storeIds: [] })).toMatchObject({ path: "storeIds" });
    expect(staffRefusal(agent, { role: "agent", storeIds: ["xinyi"] })).toMatchObject({ path: "role" });
  });
  it("lets agents write only their own personal replies, and makes an unowned personal reply theirs", () => {
    expect(replyWriteRefusal(agent, { scope: "shared", ownerId: null })).toMatchObject({ path: "scope" });
    expect(replyWriteRefusal(agent, { scope: "personal", ownerId: "bo" })).toMatchObject({ path: "ownerId" });
    expect(replyWriteRefusal(agent, { scope: "personal", ownerId: "amy" })).toBeUndefined();
    expect(replyWriteRefusal(manager, { scope: "shared", ownerId: null })).toBeUndefined();
    expect(withDefaultOwner(agent, { scope: "personal" })).toEqual({ scope: "personal", ownerId: "amy" });
    expect(withDefaultOwner(agent, { scope: "shared" })).toEqual({ scope: "shared" });
  });
});
