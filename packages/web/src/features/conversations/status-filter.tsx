/** All / bot / pending / in progress / closed: which conversations the list shows. */
import type { ConversationStatus } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { statusKeys } from "./status-badge";

const statuses: ConversationStatus[] = ["bot", "pending", "in_progress", "closed"];

interface StatusFilterProps {
  value: ConversationStatus | null;
  onChange(value: ConversationStatus | null): void;
}

export function StatusFilter({ value, onChange }: StatusFilterProps) {
  const { t } = useI18n();
  const choices: { value: ConversationStatus | null; label: string }[] = [
    { value: null, label: t("inbox.filterAll") },
    ...statuses.map((status) => ({ value: status, label: t(statusKeys[status]) })),
  ];
  return (
    <div className="chips" role="group" aria-label={t("inbox.filterLabel")}>
      {choices.map((choice) => (
        <button
          key={choice.value ?? "all"}
          type="button"
          className="chip"
          data-testid="status-filter"
          data-status={choice.value ?? "all"}
          aria-pressed={value === choice.value}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
