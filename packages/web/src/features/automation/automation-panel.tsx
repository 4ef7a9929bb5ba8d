/** The open tab of the automation page, for one channel account. */
import { panelId, tabId, type AutomationTab } from "./automation-tabs";
import { KeywordRulesTab } from "./keyword-rules/keyword-rules-tab";
import { RefLinksTab } from "./ref-links/ref-links-tab";
import { DefaultReplyTab } from "./replies/default-reply-tab";
import { useBotModules } from "./replies/use-bot-modules";
import { SendPolicyTab } from "./send-policy/send-policy-tab";
import { TemplatesTab } from "./templates/templates-tab";
import { CommentRulesTab } from "./comment-rules/comment-rules-tab";

export function AutomationPanel({ accountId, tab }: { accountId: string; tab: AutomationTab }) {
  const bot = useBotModules(accountId);
  return (
    <div
      className="automation-panel"
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      data-testid="automation-panel"
      data-account-id={accountId}
    >
      {tab === "keywords" && <KeywordRulesTab accountId={accountId} bot={bot} />}
      {tab === "default-reply" && <DefaultReplyTab accountId={accountId} bot={bot} />}
      {tab === "ref-links" && <RefLinksTab accountId={accountId} bot={bot} />}
      {tab === "templates" && <TemplatesTab accountId={accountId} />}
      {tab === "send-policy" && <SendPolicyTab accountId={accountId} />}
      {tab === "comment-replies" && <CommentRulesTab accountId={accountId} bot={bot} />}
    </div>
  );
}
