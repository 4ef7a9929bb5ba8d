/** The form of one node, by its kind. */
import type { BotNode } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import type { ProblemScope } from "../fields/problem-scope";
import { AskNodeForm } from "./ask-node-form";
import { CarouselNodeForm } from "./carousel-node-form";
import { ChoiceNodeForm } from "./choice-node-form";
import { ConditionNodeForm } from "./condition-node-form";
import { HttpRequestForm } from "./http-request-form";
import { RandomSplitForm } from "./random-split-form";
import { RouteToStoreForm } from "./route-to-store-form";
import { SendNodeForm } from "./send-node-form";
import { GoToNodeForm, SetAttributeNodeForm, TagNodeForm } from "./simple-node-forms";
import { WaitNodeForm } from "./wait-node-form";

interface NodeEditorProps {
  node: BotNode;
  onChange(node: BotNode): void;
  scope: ProblemScope;
}

export function NodeEditor({ node, onChange, scope }: NodeEditorProps) {
  const { t } = useI18n();
  const form = { onChange, scope };
  switch (node.kind) {
    case "send":
      return <SendNodeForm {...form} node={node} />;
    case "ask":
      return <AskNodeForm {...form} node={node} />;
    case "choice":
      return <ChoiceNodeForm {...form} node={node} />;
    case "carousel":
      return <CarouselNodeForm {...form} node={node} />;
    case "condition":
      return <ConditionNodeForm {...form} node={node} />;
    case "set_tag":
    case "remove_tag":
      return <TagNodeForm {...form} node={node} />;
    case "set_attribute":
      return <SetAttributeNodeForm {...form} node={node} />;
    case "go_to":
      return <GoToNodeForm {...form} node={node} />;
    case "random_split":
      return <RandomSplitForm {...form} node={node} />;
    case "wait":
      return <WaitNodeForm {...form} node={node} />;
    case "http_request":
      return <HttpRequestForm {...form} node={node} />;
    case "handover":
      return <p className="field__hint">{t("botNode.handoverHelp")}</p>;
    case "route_to_store":
      return <RouteToStoreForm {...form} node={node} />;
    case "end":
      return <p className="field__hint">{t("botNode.endHelp")}</p>;
  }
}
