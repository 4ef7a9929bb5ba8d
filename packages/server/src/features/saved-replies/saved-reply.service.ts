/**
 * Saved replies for the composer: stored with the limits every configured channel would break as
 * warnings (a reply is meant for every channel), and rendered for one conversation's contact on insert.
 */
import { AppError } from "@switchboard/core";
import type { OutboundMessage } from "@switchboard/core";
import { fillSavedReply } from "@switchboard/engine";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { ConversationRepository } from "../conversations/conversation.repository.js";
import { matchesSavedReplyQuery } from "./saved-reply.js";
import type { SavedReply, SavedReplyInput, SavedReplyWarning } from "./saved-reply.js";
import type { SavedReplyRepository } from "./saved-reply.repository.js";

export interface SavedReplyServiceDeps {
  replies: SavedReplyRepository;
  /** Every channel compiler present: the stored message is checked against each. */
  drivers: ReadonlyMap<string, Pick<ChannelDriver, "compile">>;
  conversations: Pick<ConversationRepository, "get">;
  contacts: Pick<ContactRepository, "get">;
}

/** A saved reply with what each channel would refuse in it as it stands. */
export interface CheckedSavedReply {
  savedReply: SavedReply;
  warnings: SavedReplyWarning[];
}

export class SavedReplyService {
  constructor(private readonly deps: SavedReplyServiceDeps) {}

  /** Shared replies plus `ownerId`'s personal ones, narrowed to those matching `q` (title, shortcut, tags). */
  async list(options: { q?: string; ownerId?: string }): Promise<SavedReply[]> {
    const visible = await this.deps.replies.listVisible(options.ownerId);
    const q = options.q ?? "";
    return q.trim() === "" ? visible : visible.filter((reply) => matchesSavedReplyQuery(reply, q));
  }

  async get(id: string): Promise<CheckedSavedReply> {
    return this.checked(await this.mustExist(id));
  }

  /** 409 `saved_reply_shortcut_taken` when the scope already has the shortcut. */
  async create(input: SavedReplyInput): Promise<CheckedSavedReply> {
    return this.checked(await this.deps.replies.create(input));
  }

  async update(id: string, input: SavedReplyInput): Promise<CheckedSavedReply> {
    const updated = await this.deps.replies.update(id, input);
    if (updated === undefined) throw notFound(id);
    return this.checked(updated);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.deps.replies.delete(id))) throw notFound(id);
  }

  /** The reply's message with its variables filled from the conversation's contact and the agent's name. */
  async render(id: string, input: { conversationId: string; agentName?: string }): Promise<OutboundMessage> {
    const reply = await this.mustExist(id);
    const conversation = await this.deps.conversations.get(input.conversationId);
    if (conversation === undefined) {
      throw new AppError(
        "not_found",
        404,
        `conversationId: conversation ${input.conversationId} does not exist`,
        {
          path: "conversationId",
        },
      );
    }
    const contact = await this.deps.contacts.get(conversation.contactId);
    return fillSavedReply(reply.message, {
      contact: {
        name: contact?.displayName ?? null,
        phone: contact?.phone ?? null,
        attributes: contact?.attributes ?? {},
      },
      agent: { name: input.agentName ?? null },
    });
  }

  /** Pure over the drivers: every limit each channel's compiler finds in the message, path in request terms. */
  warningsFor(message: OutboundMessage): SavedReplyWarning[] {
    const warnings: SavedReplyWarning[] = [];
    for (const [channel, driver] of this.deps.drivers) {
      const compiled = driver.compile(message);
      if (compiled.ok) continue;
      for (const violation of compiled.error) {
        const path = violation.path === "" ? "message" : `message.${violation.path}`;
        warnings.push({ channel, ...violation, path });
      }
    }
    return warnings;
  }

  private checked(savedReply: SavedReply): CheckedSavedReply {
    return { savedReply, warnings: this.warningsFor(savedReply.message) };
  }

  private async mustExist(id: string): Promise<SavedReply> {
    const reply = await this.deps.replies.get(id);
    if (reply === undefined) throw notFound(id);
    return reply;
  }
}

function notFound(id: string): AppError {
  return new AppError("not_found", 404, `saved reply ${id} does not exist`);
}
