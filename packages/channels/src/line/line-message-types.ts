/**
 * The LINE message objects the compilers produce, from `@line/bot-sdk`'s Messaging API typings
 * (PLATFORMS.md D2), and the payload one neutral message compiles to.
 */
import type { messagingApi } from "@line/bot-sdk";

export type LineMessage = messagingApi.Message;
export type LineTextMessage = messagingApi.TextMessage;
export type LineTemplateMessage = messagingApi.TemplateMessage;
export type LineFlexMessage = messagingApi.FlexMessage;
export type LineAction = messagingApi.Action;
export type LinePostbackAction = messagingApi.PostbackAction;
export type LineUriAction = messagingApi.URIAction;
export type LineQuickReplyItem = messagingApi.QuickReplyItem;
export type LineButtonsTemplate = messagingApi.ButtonsTemplate;
export type LineConfirmTemplate = messagingApi.ConfirmTemplate;
export type LineCarouselTemplate = messagingApi.CarouselTemplate;
export type LineCarouselColumn = messagingApi.CarouselColumn;
export type LineFlexBubble = messagingApi.FlexBubble;
export type LineFlexComponent = messagingApi.FlexComponent;
export type LineFlexText = messagingApi.FlexText;

/**
 * What one neutral message compiles to: the LINE messages to send in order, in one reply or push call
 * (a neutral message never needs more than the five a call takes).
 */
export type LineMessageBatch = { messages: LineMessage[] };
