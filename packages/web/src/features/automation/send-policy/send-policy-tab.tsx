/** A channel account's send policy: quiet hours, frequency caps, and the opt-out and opt-in words. */
import { useMemo } from "react";
import type { AutomationSettings } from "../../../api/automation-types";
import { placeProblems } from "../form-problems";
import { SettingsTab } from "../settings-tab";
import { useSettingsDraft } from "../use-settings-draft";
import { FrequencyCapsEditor } from "./frequency-caps-editor";
import { KeywordWordsFields } from "./keyword-words-fields";
import { QuietHoursFields } from "./quiet-hours-fields";
import {
  sendPolicyDraftOf,
  sendPolicyFieldOf,
  sendPolicyOf,
  type SendPolicyDraft,
  type SendPolicyField,
} from "./send-policy-draft";

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A loaded policy shows quiet hours in the browser's time zone; a saved one keeps the zone chosen. */
const draftOf = (settings: AutomationSettings, previous: SendPolicyDraft | null) =>
  sendPolicyDraftOf(settings.sendPolicy, previous?.timeZone ?? browserTimeZone());
const patchOf = (draft: SendPolicyDraft) => ({ sendPolicy: sendPolicyOf(draft) });

export function SendPolicyTab({ accountId }: { accountId: string }) {
  const settings = useSettingsDraft(accountId, draftOf, patchOf);
  const { draft, problem } = settings;

  const placed = useMemo(() => {
    const quietOn = draft?.quietHoursOn === true;
    const caps = draft?.caps.length ?? 0;
    const visible = (field: SendPolicyField) => {
      if (field === "start" || field === "end" || field === "timeZone") return quietOn;
      const cap = /^cap\.(\d+)\./.exec(field);
      return cap ? Number(cap[1]) < caps : true;
    };
    return placeProblems(problem?.problems ?? [], sendPolicyFieldOf, visible);
  }, [problem, draft?.quietHoursOn, draft?.caps.length]);
  const problems = (field: SendPolicyField) => placed.get(field);

  function change(next: Partial<SendPolicyDraft>) {
    settings.edit((previous) => ({ ...previous, ...next }));
  }

  return (
    <SettingsTab
      idPrefix="send-policy"
      title="automation.tabSendPolicy"
      intro="automation.sendPolicyIntro"
      settings={settings}
      formTestId="send-policy-form"
      general={placed.get("general")}
    >
      {(loaded) => (
        <>
          <QuietHoursFields draft={loaded} problems={problems} onChange={change} />
          <FrequencyCapsEditor caps={loaded.caps} problems={problems} onChange={(caps) => change({ caps })} />
          <KeywordWordsFields draft={loaded} problems={problems} onChange={change} />
        </>
      )}
    </SettingsTab>
  );
}
