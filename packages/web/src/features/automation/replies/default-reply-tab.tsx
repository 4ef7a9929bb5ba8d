/** What the account answers when no keyword rule and no bot step matches: nothing, a text or a module. */
import { useMemo } from "react";
import type { AutomationSettings } from "../../../api/automation-types";
import { placeProblems } from "../form-problems";
import { SettingsTab } from "../settings-tab";
import { useSettingsDraft } from "../use-settings-draft";
import { autoReplyDraftOf, autoReplyOf, replyFieldOf, type AutoReplyDraft } from "./auto-reply-draft";
import { AutoReplyFields } from "./auto-reply-fields";
import type { PublishedBotModules } from "./use-bot-modules";

interface DefaultReplyTabProps {
  accountId: string;
  bot: PublishedBotModules;
}

const draftOf = (settings: AutomationSettings) => autoReplyDraftOf(settings.defaultReply);
const patchOf = (draft: AutoReplyDraft) => ({ defaultReply: autoReplyOf(draft) });

export function DefaultReplyTab({ accountId, bot }: DefaultReplyTabProps) {
  const settings = useSettingsDraft(accountId, draftOf, patchOf);
  const { problem } = settings;
  const placed = useMemo(
    () => placeProblems(problem?.problems ?? [], (path) => replyFieldOf(path, "defaultReply")),
    [problem],
  );

  return (
    <SettingsTab
      idPrefix="default-reply"
      title="automation.tabDefaultReply"
      intro="automation.defaultReplyIntro"
      settings={settings}
      general={placed.get("general")}
    >
      {(draft) => (
        <AutoReplyFields
          idPrefix="default-reply"
          draft={draft}
          allowNone
          bot={bot}
          problems={(field) => placed.get(field)}
          onChange={(next) => settings.edit(() => next)}
        />
      )}
    </SettingsTab>
  );
}
