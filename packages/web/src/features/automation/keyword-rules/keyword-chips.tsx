/** A rule's keywords as chips in a list: how each matches, and the word or pattern. */
import type { KeywordMatch } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { keywordMatchLabels } from "./keyword-match-labels";

export function KeywordChips({ keywords }: { keywords: readonly { match: KeywordMatch; value: string }[] }) {
  const { t } = useI18n();
  return (
    <ul className="keyword-chips" aria-label={t("automation.keywords")}>
      {keywords.map((keyword, index) => (
        <li key={index} className="keyword-chip">
          <span className="keyword-chip__match">{t(keywordMatchLabels[keyword.match])}</span>
          <code>{keyword.value}</code>
        </li>
      ))}
    </ul>
  );
}
