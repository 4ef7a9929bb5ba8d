import { describe, expect, it } from "vitest";
import type { ConversationNote } from "../../api/inbox-api";
import type { Message } from "../../api/types";
import { threadEntries } from "./thread-entries";

const message = (id: string, createdAt: number) => ({ id, createdAt }) as Message;
const note = (id: string, createdAt: number) => ({ id, createdAt }) as ConversationNote;
const ids = (entries: ReturnType<typeof threadEntries>) =>
  entries.map((e) => (e.kind === "message" ? e.message.id : `note:${e.note.id}`));

describe("threadEntries", () => {
  it("places each note by its time among the messages, after a message of the same time", () => {
    const messages = [message("m1", 10), message("m2", 20), message("m3", 30)];
    expect(ids(threadEntries(messages, [note("b", 25), note("a", 20), note("c", 99), note("z", 1)]))).toEqual(
      ["note:z", "m1", "m2", "note:a", "note:b", "m3", "note:c"],
    );
  });

  it("lists only messages when there are no notes, and only notes without messages", () => {
    expect(ids(threadEntries([message("m1", 1)], []))).toEqual(["m1"]);
    expect(ids(threadEntries([], [note("n", 5)]))).toEqual(["note:n"]);
  });
});
