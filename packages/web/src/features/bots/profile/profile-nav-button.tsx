/** Opens the channel profile from the top of the module list, with its problem count. */
import { useI18n } from "../../../i18n/i18n-context";
import { ProblemBadge } from "../editor/problem-badge";

interface ProfileNavButtonProps {
  open: boolean;
  problemCount: number;
  onOpen(): void;
}

export function ProfileNavButton({ open, problemCount, onOpen }: ProfileNavButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="module-list__item profile-nav"
      data-testid="profile-tab"
      aria-current={open ? "true" : undefined}
      title={t("botProfile.tabHint")}
      onClick={onOpen}
    >
      <span className="module-list__name">{t("botProfile.tab")}</span>
      <span className="module-list__meta">
        <span className="muted">{t("botProfile.tabHint")}</span>
        {problemCount > 0 && <ProblemBadge count={problemCount} testId="profile-problem-count" />}
      </span>
    </button>
  );
}
