/** One keyword rule in the list: its keywords, its reply, its priority and an on/off switch. */
import type { KeywordRule } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { RuleRowFrame, type RuleRowProps } from "../rule-row-frame";
import { KeywordChips } from "./keyword-chips";

export function KeywordRuleRow({ rule, ...actions }: RuleRowProps<KeywordRule>) {
  const { t } = useI18n();
  return (
    <RuleRowFrame
      testIdPrefix="keyword-rule"
      rule={rule}
      switchLabel={t("automation.enableRule", { name: rule.name })}
      {...actions}
    >
      <KeywordChips keywords={rule.keywords} />
      <p className="automation-item__reply">
        {rule.reply.kind === "text"
          ? t("automation.repliesText", { text: rule.reply.text })
          : t("automation.repliesModule", { module: rule.reply.moduleId })}
      </p>
    </RuleRowFrame>
  );
}
