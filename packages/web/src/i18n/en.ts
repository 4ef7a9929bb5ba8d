/** English texts of the console. This dictionary defines the keys; every other language must have them all. */
import { automationEn } from "./automation-en";
import { peopleEn } from "./people-en";
import { botsEn } from "./bots-en";
import { storesEn } from "./stores-en";
import { assignmentEn } from "./assignment-en";
import { savedRepliesEn } from "./saved-replies-en";
import { liveEn } from "./live-en";
import { channelsEn } from "./channels-en";
import { botProfileEn } from "./bot-profile-en";
import { commentRulesEn } from "./comment-rules-en";
import { inboxEn } from "./inbox-en";
import { carouselEn } from "./carousel-en";
import { webchatEn } from "./webchat-en";
import { webchatPreviewEn } from "./webchat-preview-en";
import { reportsEn } from "./reports-en";
import { composerModesEn } from "./composer-modes-en";

export const en = {
  "app.name": "Switchboard",
  "app.tagline": "Every customer conversation — WhatsApp, Messenger, Instagram and LINE — in one inbox.",
  "nav.label": "Main",
  "nav.inbox": "Inbox",
  "nav.channelAccounts": "Channel accounts",
  "nav.bots": "Bots",
  "nav.automation": "Automation",
  "nav.signOut": "Sign out",
  "lang.label": "Language",

  "auth.title": "Sign in to the console",
  "auth.tokenLabel": "Admin token",
  "auth.tokenHint": "Printed in the server log at first start, or the ADMIN_TOKEN you configured.",
  "auth.submit": "Sign in",
  "auth.checking": "Checking…",
  "auth.rejected": "This token was not accepted.",
  "auth.unreachable": "Could not reach the server: {reason}",
  "auth.expired": "The token is no longer accepted. Sign in again.",

  "inbox.title": "Conversations",
  "inbox.filterLabel": "Filter by status",
  "inbox.filterAll": "All",
  "inbox.empty": "No conversations yet. When customers message your channels, they appear here.",
  "inbox.emptyFiltered": "No conversations with this status.",
  "inbox.loading": "Loading…",
  "inbox.loadFailed": "Could not load conversations: {reason}",
  "inbox.selectPrompt": "Choose a conversation to read and reply.",
  "inbox.noPreview": "No messages yet",
  "inbox.back": "Back to conversations",
  "inbox.showMore": "Show older conversations",

  "status.bot": "With the bot",
  "status.pending": "Pending",
  "status.in_progress": "In progress",
  "status.closed": "Closed",

  "time.now": "now",
  "time.minutes": "{n} min",
  "time.hours": "{n} h",
  "time.yesterday": "Yesterday",

  "window.open": "Window open until {time}",
  "window.openTomorrow": "Window open until {time} tomorrow",
  "window.closed": "Window closed — only templates",
  "window.hint": "Free-form messages can be sent only within 24 hours of the customer's last message.",

  "thread.label": "Messages",
  "thread.loading": "Loading messages…",
  "thread.empty": "No messages in this conversation yet.",
  "thread.loadFailed": "Could not load messages: {reason}",

  "author.contact": "Customer",
  "author.bot": "Bot",
  "author.agent": "Agent",
  "author.system": "System",

  "delivery.received": "Received",
  "delivery.pending": "Sending",
  "delivery.accepted": "Accepted by the platform",
  "delivery.sent": "Sent",
  "delivery.delivered": "Delivered",
  "delivery.read": "Read",
  "delivery.failed": "Not delivered",
  "delivery.failedReason": "Not delivered: {reason}",
  "delivery.refused": "Not sent",
  "delivery.refusedReason": "Held back by the send policy: {reason}",

  "content.tapped": "tapped: {title}",
  "content.templateButton": "Template button",
  "content.image": "Photo",
  "content.video": "Video",
  "content.audio": "Audio",
  "content.voice": "Voice message",
  "content.document": "Document",
  "content.sticker": "Sticker",
  "content.location": "Location",
  "content.openMap": "Open map",
  "content.contact": "Contact card",
  "content.flowReply": "Form submitted: {name}",
  "content.reaction": "Reacted {emoji}",
  "content.reactionRemoved": "Removed a reaction",
  "content.order": "Order · {count} items",
  "content.orderTotal": "Total",
  "content.welcome": "Opened the chat for the first time",
  "content.unsupported": "Unsupported message ({type})",
  "content.listButton": "Options",
  "content.locationRequest": "Send location",
  "content.product": "Product {id}",
  "content.productList": "{count} products",
  "content.viewItems": "View items",
  "content.template": "Template",
  "content.templateHeader": "Header",
  "content.templateBody": "Body",
  "content.templateButtons": "Buttons",
  "content.flow": "Form",

  "composer.label": "Reply",
  "composer.modeLabel": "Message type",
  "composer.modeText": "Text",
  "composer.modeChoices": "Choices",
  "composer.textLabel": "Message",
  "composer.textPlaceholder": "Type a reply…",
  "composer.bodyLabel": "Body",
  "composer.bodyPlaceholder": "Question or message shown above the options",
  "composer.send": "Send",
  "composer.sending": "Sending…",
  "composer.enterHint": "Enter to send · Shift+Enter for a new line",
  "composer.windowClosed": "Not sent — the 24-hour window is closed.",
  "composer.invalid": "Not sent — fix the marked fields.",
  "composer.issues": "Not sent — the request was not valid.",
  "composer.failed": "Not sent: {reason}",

  "choices.options": "Options",
  "choices.option": "Option {n}",
  "choices.optionTitle": "Title",
  "choices.optionDescription": "Description (optional)",
  "choices.optionId": "Reply id",
  "choices.add": "Add option",
  "choices.remove": "Remove option {n}",
  "choices.style": "Show as",
  "choices.styleAuto": "Automatic",
  "choices.styleButtons": "Buttons",
  "choices.styleList": "List",
  "choices.listButton": "List button label",
  "choices.listButtonPlaceholder": "e.g. Choose a counter",

  "violation.max_length": "{actual} characters; the limit is {limit}",
  "violation.max_items": "{actual} items; the limit is {limit}",
  "violation.min_items": "At least {limit} needed",
  "violation.required": "Required",
  "violation.unique": "Must be different from the others",
  "violation.no_surrounding_spaces": "Remove the spaces at the start and end",

  "accounts.title": "Channel accounts",
  "accounts.loading": "Loading…",
  "accounts.loadFailed": "Could not load channel accounts: {reason}",
  "accounts.empty":
    "No channel accounts yet. Connect a WhatsApp number, a Facebook Page, an Instagram account or a LINE channel to start receiving messages.",
  "accounts.add": "Add channel account",
  "accounts.name": "Name",
  "accounts.nameHint": "Shown to your team, e.g. Causeway Bay counter",
  "accounts.phoneNumberId": "Phone number ID",
  "accounts.wabaId": "WhatsApp Business Account ID",
  "accounts.displayNumber": "Display phone number",
  "accounts.accessToken": "Access token",
  "accounts.appSecret": "App secret",
  "accounts.verifyToken": "Verify token",
  "accounts.optional": "optional",
  "accounts.generate": "Generate",
  "accounts.save": "Save account",
  "accounts.saving": "Saving…",
  "accounts.cancel": "Cancel",
  "accounts.saveFailed": "Could not save: {reason}",
  "accounts.webhookUrl": "Webhook URL",
  "accounts.copy": "Copy",
  "accounts.copied": "Copied",
  "accounts.secrets": "Secrets",
  "accounts.secretSet": "set",
  "accounts.secretMissing": "missing",

  "channel.whatsapp": "WhatsApp",
  "channel.messenger": "Messenger",
  "channel.instagram": "Instagram",
  "channel.line": "LINE",
  "channel.webchat": "Web chat",

  ...automationEn,
  ...peopleEn,
  ...botsEn,
  ...storesEn,
  ...assignmentEn,
  ...savedRepliesEn,
  ...liveEn,
  ...channelsEn,
  ...botProfileEn,
  ...commentRulesEn,
  ...inboxEn,
  ...carouselEn,
  ...webchatEn,
  ...webchatPreviewEn,
  ...reportsEn,
  ...composerModesEn,
};

/** Every text of the console has one of these keys. */
export type MessageKey = keyof typeof en;
/** A complete translation: every key, nothing else. */
export type Dictionary = Record<MessageKey, string>;
