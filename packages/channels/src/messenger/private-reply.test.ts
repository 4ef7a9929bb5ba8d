import { describe, expect, it } from "vitest";
import { checkPrivateReply } from "./private-reply.js";

const commentCreatedAt = Date.UTC(2026, 4, 1, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

describe("checkPrivateReply", () => {
  it("allows the first reply until 7 days after the comment", () => {
    expect(checkPrivateReply({ commentCreatedAt, alreadyReplied: false, now: commentCreatedAt })).toEqual({
      allowed: true,
      until: commentCreatedAt + 7 * DAY,
    });
    expect(
      checkPrivateReply({ commentCreatedAt, alreadyReplied: false, now: commentCreatedAt + 7 * DAY - 1 }),
    ).toMatchObject({
      allowed: true,
    });
  });

  it("refuses at exactly 7 days and after", () => {
    for (const now of [commentCreatedAt + 7 * DAY, commentCreatedAt + 30 * DAY]) {
      expect(checkPrivateReply({ commentCreatedAt, alreadyReplied: false, now })).toEqual({
        allowed: false,
        code: "private_reply_expired",
        reason:
          "The comment was made at 2026-05-01T09:00:00.000Z; a private reply must be sent within 7 days of it.",
      });
    }
  });

  it("refuses a second reply, even within the window", () => {
    expect(
      checkPrivateReply({ commentCreatedAt, alreadyReplied: true, now: commentCreatedAt + 1 }),
    ).toMatchObject({
      allowed: false,
      code: "private_reply_already_sent",
    });
  });
});
