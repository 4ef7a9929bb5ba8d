/** The Edit and Delete buttons of one listed item; test ids read `<prefix>-edit-<id>` and `<prefix>-delete-<id>`. */
import { useI18n } from "../../i18n/i18n-context";
import { ConfirmDeleteButton } from "./confirm-delete-button";

interface EditDeleteButtonsProps {
  /** `keyword-rule`, `ref-link`… */
  testIdPrefix: string;
  /** The item's id names the test ids; its name, the buttons' accessible names. */
  item: { id: string; name: string };
  onEdit(): void;
  onDelete(): Promise<void>;
}

export function EditDeleteButtons({ testIdPrefix, item, onEdit, onDelete }: EditDeleteButtonsProps) {
  const { t } = useI18n();
  const { id, name } = item;
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid={`${testIdPrefix}-edit-${id}`}
        aria-label={t("automation.editNamed", { name })}
        onClick={onEdit}
      >
        {t("automation.edit")}
      </button>
      <ConfirmDeleteButton subject={name} testId={`${testIdPrefix}-delete-${id}`} onConfirm={onDelete} />
    </>
  );
}
