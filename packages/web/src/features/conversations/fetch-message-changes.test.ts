import { describe, expect, it } from "vitest";
import type { Message } from "../../api/types";
import { fetchMessageChanges, pollSince, SYNC_OVERLAP_MS, type ListMessages } from "./fetch-message-changes";
import { mergeMessages } from "./merge-messages";
import { inboundText, outboundText } from "./message-fixtures";

/** The server's rule (docs/api.md): `updatedAt > since`, ordered by `createdAt` then id, at most `limit`. */
function serverOf(store: Message[]): ListMessages & { calls: number } {
  const list = async ({ since, limit }: { since?: number; limit: number }) => {
    list.calls++;
    return store
      .filter((message) => since === undefined || message.updatedAt > since)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .slice(0, limit);
  };
  list.calls = 0;
  return list;
}

function thread(count: number): Message[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? inboundText(`m${i}`, 1000 + i * 10) : outboundText(`m${i}`, 1000 + i * 10, "sent"),
  );
}

describe("pollSince", () => {
  it("reads everything for an empty thread, then from just before the newest change", () => {
    expect(pollSince([])).toBeUndefined();
    const messages = [outboundText("m1", 5000, "read", "Hi", 90_000), inboundText("m2", 6000)];
    expect(pollSince(messages)).toBe(90_000 - SYNC_OVERLAP_MS);
  });
});

describe("fetchMessageChanges", () => {
  it("reads a long history page by page without missing or repeating messages", async () => {
    const store = thread(23);
    const list = serverOf(store);
    const { items, resumeSince } = await fetchMessageChanges(list, undefined, { limit: 5 });
    expect(mergeMessages([], items).map((message) => message.id)).toEqual(store.map((message) => message.id));
    expect(resumeSince).toBeUndefined();
  });

  it("picks up new ticks on old messages as well as new messages", async () => {
    const store = thread(6);
    const list = serverOf(store);
    let known = mergeMessages([], (await fetchMessageChanges(list, undefined)).items);
    store[1] = outboundText("m1", 1010, "read", "Yes! Which counter suits you?", 50_000);
    store.push(inboundText("m6", 50_100));
    known = mergeMessages(known, (await fetchMessageChanges(list, pollSince(known))).items);
    expect(known.find((message) => message.id === "m1")?.status).toBe("read");
    expect(known.at(-1)?.id).toBe("m6");
  });

  it("stops after maxPages and says where the next poll resumes", async () => {
    const store = thread(30);
    const list = serverOf(store);
    const first = await fetchMessageChanges(list, undefined, { limit: 5, maxPages: 2 });
    expect(list.calls).toBe(2);
    expect(first.resumeSince).toBe((first.items.at(-1)?.createdAt ?? 0) - 1);
    const rest = await fetchMessageChanges(list, first.resumeSince, { limit: 5, maxPages: 10 });
    const all = mergeMessages(mergeMessages([], first.items), rest.items);
    expect(all).toHaveLength(30);
  });
});
