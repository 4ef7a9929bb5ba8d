/**
 * A saved reply: a neutral message an agent inserts from the composer by its shortcut (`/thanks`), with
 * variables filled for the conversation. `shared` replies are everyone's; `personal` ones belong to `ownerId`.
 */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import { normalizeReply, unknownSavedReplyVariables } from "@switchboard/engine";

export const SAVED_REPLY_SCOPES = ["shared", "personal"] as const;
export type SavedReplyScope = (typeof SAVED_REPLY_SCOPES)[number];

/** `/` then 1–32 letters (any script), digits, `-` or `_`. */
export const SHORTCUT_PATTERN = /^\/[\p{L}\p{N}_-]{1,32}$/u;

const VARIABLES_HINT = "{{contact.name}}, {{contact.phone}}, {{contact.<attribute>}} or {{agent.name}}";

/** The message of a saved reply: any neutral message but a reaction, with known variables only. */
const SavedReplyMessageSchema = OutboundMessageSchema.superRefine((message, ctx) => {
  if (message.kind === "reaction") {
    ctx.addIssue({
      code: "custom",
      path: ["kind"],
      message: "a reaction answers one customer message, so it cannot be a saved reply",
    });
  }
  for (const unknown of unknownSavedReplyVariables(message)) {
    ctx.addIssue({
      code: "custom",
      path: pathSegments(unknown.path),
      message: `{{${unknown.name}}} is not a variable; use ${VARIABLES_HINT}`,
    });
  }
});

/** A saved reply as an author writes it; issues carry the field's path (`message.sections[0].title`). */
export const SavedReplyInputSchema = z
  .object({
    title: z.string().trim().min(1).max(100),
    shortcut: z
      .string()
      .regex(SHORTCUT_PATTERN, "must be / followed by 1–32 letters, digits, - or _ (e.g. /thanks)"),
    message: SavedReplyMessageSchema,
    tags: z
      .array(z.string().trim().min(1).max(50))
      .max(20)
      .default([])
      .transform((tags) => [...new Set(tags)]),
    scope: z.enum(SAVED_REPLY_SCOPES).default("shared"),
    ownerId: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.scope === "personal" && input.ownerId === null)
      ctx.addIssue({ code: "custom", path: ["ownerId"], message: "required for a personal reply" });
    if (input.scope === "shared" && input.ownerId !== null)
      ctx.addIssue({
        code: "custom",
        path: ["ownerId"],
        message: "must be null for a shared reply (shared replies have no owner)",
      });
  });
export type SavedReplyInput = z.infer<typeof SavedReplyInputSchema>;

export interface SavedReply extends SavedReplyInput {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** One channel's limit the stored message breaks: saved anyway, but that channel would refuse it as is. */
export interface SavedReplyWarning {
  channel: string;
  /** In the request's terms: `message.sections[0].options[3].title`. */
  path: string;
  rule: string;
  message: string;
  limit?: number;
  actual?: number;
}

/** The form shortcuts are compared in: `/Thanks`, `/THANKS` and full-width `／ｔｈａｎｋｓ` are one. */
export function shortcutKey(shortcut: string): string {
  return shortcut.normalize("NFKC").toLowerCase();
}

/**
 * Pure: true when every word of `query` appears in the title, the shortcut or a tag (case, width and
 * accents ignored). An empty query matches everything.
 */
export function matchesSavedReplyQuery(
  reply: Pick<SavedReply, "title" | "shortcut" | "tags">,
  query: string,
): boolean {
  const words = normalizeReply(query)
    .split(" ")
    .filter((word) => word !== "");
  const haystack = [reply.title, reply.shortcut, ...reply.tags].map(normalizeReply);
  return words.every((word) => haystack.some((text) => text.includes(word)));
}

/** `sections[0].options[1].title` → `["sections", 0, "options", 1, "title"]`. */
function pathSegments(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
