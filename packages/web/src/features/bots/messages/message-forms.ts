/** The props every message form takes: one kind of message, its change, and the problems inside it. */
import type { MessageOf, OutboundMessageKind } from "../../../api/bots-api";
import type { ProblemScope } from "../fields/problem-scope";

export interface MessageFormProps<K extends OutboundMessageKind> {
  message: MessageOf<K>;
  onChange(message: MessageOf<K>): void;
  /** Problems with paths inside the message. */
  scope: ProblemScope;
  /** `message` or `retry`: test ids read `message-text`, `retry-text`… */
  testIdPrefix: string;
}
