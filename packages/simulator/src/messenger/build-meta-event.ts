/**
 * The messaging event (PLATFORMS.md B5, B6, C) for what a person does in Messenger or Instagram: write,
 * tap a quick reply or a button, tap Get Started (with the m.me `ref` it came from), open an m.me / ig.me
 * link on an existing thread, mention the account in a story or reply to its story.
 */
import { z } from "zod";
import { ControlError } from "../control/control-error.js";
import type { MetaAccount } from "./meta-accounts.js";
import type { MessengerProfile } from "./messenger-profile-schemas.js";

const ref = z.string().min(1).max(2083);
const mid = z.string().min(1);

export const metaCustomerActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text"), text: z.string().min(1).max(20_000), replyTo: mid.optional() }),
  z.strictObject({ type: z.literal("quick_reply"), title: z.string().min(1), payload: z.string() }),
  z.strictObject({ type: z.literal("postback"), title: z.string().min(1), payload: z.string() }),
  z.strictObject({ type: z.literal("get_started"), ref: ref.optional() }),
  z.strictObject({ type: z.literal("referral"), ref }),
  z.strictObject({ type: z.literal("story_mention"), url: z.url({ protocol: /^https$/ }).optional() }),
  z.strictObject({
    type: z.literal("story_reply"),
    text: z.string().min(1),
    storyId: z.string().min(1).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
  }),
]);

export type MetaCustomerAction = z.infer<typeof metaCustomerActionSchema>;

export interface ActionContext {
  account: MetaAccount;
  profile: MessengerProfile;
  /** The new event's mid (messages and postbacks carry one). */
  mid: string;
  /** True when the person and the account already have a conversation. */
  threadExists: boolean;
}

/** The event's own part (`message`, `postback` or `referral`), or a 409 when the platform would not send it. */
export function buildMetaEvent(
  action: MetaCustomerAction,
  at: ActionContext,
): { type: string; body: Record<string, unknown> } {
  const { account, mid } = at;
  switch (action.type) {
    case "text": {
      const message: Record<string, unknown> = { mid, text: action.text };
      if (action.replyTo !== undefined) message.reply_to = { mid: action.replyTo };
      return { type: "text", body: { message } };
    }
    case "quick_reply":
      return {
        type: "quick_reply",
        body: { message: { mid, text: action.title, quick_reply: { payload: action.payload } } },
      };
    case "postback":
      return { type: "postback", body: { postback: { mid, title: action.title, payload: action.payload } } };
    case "get_started": {
      const payload = at.profile.get_started?.payload;
      if (account.platform !== "messenger") {
        throw new ControlError(
          409,
          "Instagram has no Get Started button: send a referral (ig.me link) or an ice breaker postback",
        );
      }
      if (payload === undefined) {
        throw new ControlError(
          409,
          `${account.name} has no Get Started button: set get_started with the Messenger Profile API`,
        );
      }
      const postback: Record<string, unknown> = { mid, title: "Get Started", payload };
      if (action.ref !== undefined)
        postback.referral = { ref: action.ref, source: "SHORTLINK", type: "OPEN_THREAD" };
      return { type: "postback", body: { postback } };
    }
    case "referral":
      if (!at.threadExists && account.platform === "messenger") {
        throw new ControlError(
          409,
          "messaging_referrals come only for existing threads; a new thread gets the ref in the Get Started postback (send get_started with ref)",
        );
      }
      return {
        type: "referral",
        body: { referral: { ref: action.ref, source: "SHORTLINK", type: "OPEN_THREAD" } },
      };
    case "story_mention":
      instagramOnly(account, "story mentions");
      return {
        type: "story_mention",
        body: {
          message: {
            mid,
            attachments: [
              {
                type: "story_mention",
                payload: {
                  url:
                    action.url ?? `https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=${mid.slice(-12)}`,
                },
              },
            ],
          },
        },
      };
    case "story_reply": {
      instagramOnly(account, "story replies");
      const story = {
        url: action.url ?? "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=story",
        id: action.storyId ?? "17900000000000000",
      };
      return { type: "story_reply", body: { message: { mid, text: action.text, reply_to: { story } } } };
    }
  }
}

function instagramOnly(account: MetaAccount, what: string): void {
  if (account.platform !== "instagram") throw new ControlError(409, `${what} exist only on Instagram`);
}
