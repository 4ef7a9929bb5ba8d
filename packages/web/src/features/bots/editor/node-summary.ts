/** One line under a node's kind in its card: what it says or where it goes. */
import type { BotNode } from "../../../api/bots-api";
import type { MessageKey } from "../../../i18n/en";
import type { TextParams } from "../../../i18n/translate";
import { splitDuration } from "../duration";
import { mainText } from "../new-message";
import { messageKindKeys } from "../messages/message-kind-labels";

type Translate = (key: MessageKey, params?: TextParams) => string;

const MAX_LENGTH = 80;

/** Pure: at most 80 characters of a text on one line. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return [...line].length > MAX_LENGTH ? `${[...line].slice(0, MAX_LENGTH - 1).join("")}…` : line;
}

/** Pure: the summary of a node; `moduleName` turns a module id into the name the author gave it. */
export function nodeSummary(node: BotNode, moduleName: (id: string) => string, t: Translate): string {
  switch (node.kind) {
    case "send":
      return excerpt(mainText(node.message)) || t(messageKindKeys[node.message.kind]);
    case "ask":
      return `${excerpt(mainText(node.message))} → ${node.attribute || "?"}`;
    case "choice": {
      const count = node.sections.reduce((sum, section) => sum + section.options.length, 0);
      return `${excerpt(node.body)} · ${t("botNode.optionCount", { count })}`;
    }
    case "carousel": {
      const titles = node.cards.map((card) => card.title).join(" · ");
      return `${excerpt(node.body ?? titles)} · ${t("carousel.cardCount", { count: node.cards.length })}`;
    }
    case "condition":
      return `${t("botNode.ruleCount", { count: node.rules.length })} → ${node.then ? moduleName(node.then) : t("botNode.nextNode")} / ${node.else ? moduleName(node.else) : t("botNode.nextNode")}`;
    case "set_tag":
    case "remove_tag":
      return node.tag;
    case "set_attribute":
      return `${node.attribute} = ${excerpt(node.value)}`;
    case "go_to":
      return moduleName(node.module);
    case "random_split":
      return node.branches.map((branch) => moduleName(branch.module)).join(" / ");
    case "wait": {
      const { amount, unit } = splitDuration(node.durationMs);
      return t(`botNode.duration_${unit}`, { n: amount });
    }
    case "http_request":
      return `${node.method} ${excerpt(node.url)}`;
    case "route_to_store":
      return node.store.from === "fixed"
        ? node.store.storeId
        : node.store.from === "attribute"
          ? `{{${node.store.attribute || "?"}}}`
          : t("routeToStore.summaryChoice");
    case "handover":
    case "end":
      return "";
  }
}
