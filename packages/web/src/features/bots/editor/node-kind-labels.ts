/** The name, icon and one-line purpose of each kind of node, as the editor lists them. */
import type { BotNodeKind } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";

export const nodeKindLabels: Record<BotNodeKind, { name: MessageKey; help: MessageKey; icon: string }> = {
  send: { name: "botNode.kindSend", help: "botNode.helpSend", icon: "💬" },
  ask: { name: "botNode.kindAsk", help: "botNode.helpAsk", icon: "❓" },
  choice: { name: "botNode.kindChoice", help: "botNode.helpChoice", icon: "☰" },
  condition: { name: "botNode.kindCondition", help: "botNode.helpCondition", icon: "⑂" },
  set_tag: { name: "botNode.kindSetTag", help: "botNode.helpSetTag", icon: "🏷" },
  remove_tag: { name: "botNode.kindRemoveTag", help: "botNode.helpRemoveTag", icon: "⌫" },
  set_attribute: { name: "botNode.kindSetAttribute", help: "botNode.helpSetAttribute", icon: "✎" },
  go_to: { name: "botNode.kindGoTo", help: "botNode.helpGoTo", icon: "↪" },
  random_split: { name: "botNode.kindRandomSplit", help: "botNode.helpRandomSplit", icon: "⚄" },
  wait: { name: "botNode.kindWait", help: "botNode.helpWait", icon: "⏱" },
  http_request: { name: "botNode.kindHttpRequest", help: "botNode.helpHttpRequest", icon: "⇄" },
  handover: { name: "botNode.kindHandover", help: "botNode.helpHandover", icon: "🙋" },
  end: { name: "botNode.kindEnd", help: "botNode.helpEnd", icon: "■" },
};
