/** Ref links of a channel account: wa.me links with a code that start a bot module and tag the contact. */
import { useCallback } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import { EditableListTab } from "../editable-list-tab";
import type { PublishedBotModules } from "../replies/use-bot-modules";
import { useAccountList } from "../use-account-list";
import { RefLinkCard } from "./ref-link-card";
import { RefLinkForm } from "./ref-link-form";

interface RefLinksTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

export function RefLinksTab({ accountId, bot }: RefLinksTabProps) {
  const api = useAutomationApi();
  const list = useAccountList(
    useCallback((signal?: AbortSignal) => api.listRefLinks(accountId, signal), [api, accountId]),
  );

  return (
    <EditableListTab
      titleId="ref-links-title"
      title="automation.tabRefLinks"
      intro="automation.refLinksIntro"
      create={{ label: "automation.newLink", testId: "ref-link-create" }}
      empty="automation.noLinks"
      list={list}
      ordered={false}
      listTestId="ref-link-list"
      renderForm={(link, callbacks) => (
        <RefLinkForm accountId={accountId} link={link} bot={bot} {...callbacks} />
      )}
      renderItem={(link, onEdit) => (
        <RefLinkCard link={link} onEdit={onEdit} onDelete={() => list.remove(link, api.deleteRefLink)} />
      )}
    />
  );
}
