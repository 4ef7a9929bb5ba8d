/** The name, icon and one-line purpose of each kind of node, as the editor lists them. */
import type { BotNodeKind } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";

export interface NodeKindLabel {
  name: MessageKey;
  help: MessageKey;
  icon: string;
}

/** The part of a text key after `prefix`, for every key that has it. */
type KeySuffix<K, Prefix extends string> = K extends `${Prefix}${infer Suffix}` ? Suffix : never;

/** `SetTag` stands for `botNode.kindSetTag` and `botNode.helpSetTag`: kinds that have both texts. */
type KindText = KeySuffix<MessageKey, "botNode.kind"> & KeySuffix<MessageKey, "botNode.help">;

function label(text: KindText, icon: string): NodeKindLabel {
  return { name: `botNode.kind${text}`, help: `botNode.help${text}`, icon };
}

export const nodeKindLabels: Record<BotNodeKind, NodeKindLabel> = {
  send: label("Send", "💬"),
  ask: label("Ask", "❓"),
  choice: label("Choice", "☰"),
  carousel: label("Carousel", "▤"),
  condition: label("Condition", "⑂"),
  set_tag: label("SetTag", "🏷"),
  remove_tag: label("RemoveTag", "⌫"),
  set_attribute: label("SetAttribute", "✎"),
  go_to: label("GoTo", "↪"),
  random_split: label("RandomSplit", "⚄"),
  wait: label("Wait", "⏱"),
  http_request: label("HttpRequest", "⇄"),
  handover: label("Handover", "🙋"),
  route_to_store: label("RouteToStore", "🏬"),
  end: label("End", "■"),
};
