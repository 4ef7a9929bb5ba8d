/** Every repository over the one database; they hold no state but short read caches. */
import type { Kysely } from "kysely";
import type { DialectName } from "../db/dialect.js";
import type { Database } from "../db/schema.js";
import { AutomationSettingsRepository } from "../features/automation/automation-settings.repository.js";
import { KeywordRuleRepository } from "../features/automation/keyword-rule.repository.js";
import { BotRepository } from "../features/bots/bot.repository.js";
import { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { ContactProfileRepository } from "../features/contacts/contact-profile.repository.js";
import { ContactRepository } from "../features/contacts/contact.repository.js";
import { ConversationRepository } from "../features/conversations/conversation.repository.js";
import { InboxSettingsRepository } from "../features/conversations/inbox-settings.repository.js";
import { ConversationReadsRepository } from "../features/conversations/conversation-reads.repository.js";
import { ConversationNoteRepository } from "../features/conversations/conversation-note.repository.js";
import { ContactPanelRepository } from "../features/conversations/contact-panel.repository.js";
import { WebhookEventRepository } from "../features/inbound/webhook-event.repository.js";
import { MediaRepository } from "../features/media/media.repository.js";
import { MessageRepository } from "../features/messages/message.repository.js";
import { RefLinkRepository } from "../features/ref-links/ref-link.repository.js";
import { SavedReplyRepository } from "../features/saved-replies/saved-reply.repository.js";
import { AccountQueueRepliesRepository } from "../features/stores/account-queue-replies.repository.js";
import { StoreRepository } from "../features/stores/store.repository.js";
import { AssignmentRepository } from "../features/assignment/assignment.repository.js";
import { TemplateRepository } from "../features/templates/template.repository.js";
import { CommentRuleRepository } from "../features/comment-replies/comment-rule.repository.js";
import { HandledCommentRepository } from "../features/comment-replies/handled-comment.repository.js";
import type { SecretBox } from "../security/secret-box.js";
import { createSales } from "./sales.js";
import { PersonLinkRepository } from "../features/contacts/person-links.repository.js";
import { ContinueCodeRepository } from "../features/webchat/continue-code.repository.js";
import { WebchatThreadRepository } from "../features/webchat/webchat-thread.repository.js";
import { WebchatVisitorRepository } from "../features/webchat/webchat-visitor.repository.js";

export type Repositories = ReturnType<typeof createRepositories>;

export function createRepositories(db: Kysely<Database>, dialect: DialectName, box: SecretBox) {
  const personLinks = new PersonLinkRepository(db);
  return {
    personLinks,
    continueCodes: new ContinueCodeRepository(db),
    webchatVisitors: new WebchatVisitorRepository(db),
    webchatThread: new WebchatThreadRepository(db, personLinks),
    accounts: new ChannelAccountRepository(db, box),
    contacts: new ContactRepository(db),
    profiles: new ContactProfileRepository(db),
    conversations: new ConversationRepository(db, dialect),
    messages: new MessageRepository(db, dialect),
    events: new WebhookEventRepository(db, dialect),
    media: new MediaRepository(db),
    templateRows: new TemplateRepository(db),
    bots: new BotRepository(db),
    keywordRules: new KeywordRuleRepository(db),
    automationSettings: new AutomationSettingsRepository(db),
    refLinks: new RefLinkRepository(db),
    stores: new StoreRepository(db),
    assignments: new AssignmentRepository(db, dialect),
    accountQueueReplies: new AccountQueueRepliesRepository(db),
    savedReplyRows: new SavedReplyRepository(db),
    inboxSettings: new InboxSettingsRepository(db),
    commentRules: new CommentRuleRepository(db),
    handledComments: new HandledCommentRepository(db),
    /** Orders, their attribution and the agent and store reports. */
    sales: createSales(db, personLinks),
    conversationReads: new ConversationReadsRepository(db),
    conversationNotes: new ConversationNoteRepository(db),
    contactPanel: new ContactPanelRepository(db),
  };
}
