import { describe, expect, it } from "vitest";
import {
  defaultFolder,
  folderCount,
  folderQuery,
  foldersFor,
  inboxSearchOf,
  parseInboxSearch,
} from "./inbox-folders";

const counts = (bot: number, pending: number, in_progress: number, closed: number) => ({
  bot,
  pending,
  in_progress,
  closed,
});

describe("inbox folders", () => {
  it("shows All to admins only, and starts admins in All and others in Mine", () => {
    expect(foldersFor("admin")).toEqual(["mine", "unassigned", "in_progress", "closed", "all"]);
    expect(foldersFor("agent")).toEqual(["mine", "unassigned", "in_progress", "closed"]);
    expect(foldersFor(undefined)).not.toContain("all");
    expect([defaultFolder("admin"), defaultFolder("store_manager")]).toEqual(["all", "mine"]);
  });

  it("maps each folder to its list query, with the filters", () => {
    const filters = { channel: "line", storeId: "s1", tag: "vip" };
    expect(folderQuery("mine", filters)).toEqual({ ...filters, assigned: "me" });
    expect(folderQuery("unassigned", {})).toEqual({ status: "pending", assigned: "none" });
    expect(folderQuery("in_progress", { tag: "vip" })).toEqual({ status: "in_progress", tag: "vip" });
    expect(folderQuery("closed", {})).toEqual({ status: "closed" });
    expect(folderQuery("all", {})).toEqual({});
  });

  it("applies the agent filter except where the folder already says whose it is", () => {
    expect(folderQuery("in_progress", { agentId: "u1" })).toEqual({ status: "in_progress", assigned: "u1" });
    expect(folderQuery("all", { agentId: "u1" })).toEqual({ assigned: "u1" });
    expect(folderQuery("mine", { agentId: "u1" })).toEqual({ assigned: "me" });
    expect(folderQuery("unassigned", { agentId: "u1" })).toEqual({ status: "pending", assigned: "none" });
  });

  it("counts each folder from the three count answers", () => {
    const sources = { all: counts(1, 2, 3, 4), mine: counts(0, 1, 2, 9), none: counts(1, 2, 0, 5) };
    expect(folderCount("mine", sources)).toBe(3);
    expect(folderCount("unassigned", sources)).toBe(2);
    expect(folderCount("in_progress", sources)).toBe(3);
    expect(folderCount("closed", sources)).toBe(4);
    expect(folderCount("all", sources)).toBe(10);
  });

  it("keeps the folder and filters in the address and reads them back", () => {
    const view = { folder: "closed" as const, filters: { channel: "line", tag: "vip tier", agentId: "u 1" } };
    const search = inboxSearchOf(view);
    expect(search).toBe("?folder=closed&channel=line&tag=vip+tier&agent=u+1");
    expect(parseInboxSearch(search, "mine")).toEqual(view);
    expect(parseInboxSearch("?folder=nope&storeId=", "mine")).toEqual({ folder: "mine", filters: {} });
    expect(inboxSearchOf({ folder: null, filters: {} })).toBe("");
  });
});
