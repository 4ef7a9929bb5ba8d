/** The editor's top bar: back to the list, the bot's name, saved or not, export and save. */
import type { BotVersionInfo } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { RouteLink } from "../../../routing/route-link";

interface BotEditorHeaderProps {
  name: string;
  onRename(name: string): void;
  dirty: boolean;
  saving: boolean;
  latestVersion: BotVersionInfo | null;
  onSave(): void;
  onExport(): void;
}

export function BotEditorHeader({
  name,
  onRename,
  dirty,
  saving,
  latestVersion,
  onSave,
  onExport,
}: BotEditorHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="bot-editor__header">
      <RouteLink to={{ page: "bots" }} className="button button--ghost" data-testid="bots-back">
        ← {t("bots.title")}
      </RouteLink>
      <label className="visually-hidden" htmlFor="bot-rename-input">
        {t("bots.name")}
      </label>
      <input
        id="bot-rename-input"
        data-testid="bot-rename-input"
        className="bot-editor__name"
        value={name}
        aria-invalid={name.trim() === ""}
        onChange={(event) => onRename(event.target.value)}
      />
      <span className="muted bot-editor__version">
        {latestVersion ? t("bots.version", { n: latestVersion.number }) : t("bots.notPublished")}
      </span>
      <span
        className={`save-state save-state--${saving ? "saving" : dirty ? "dirty" : "saved"}`}
        data-testid="bot-dirty"
        data-dirty={dirty}
        role="status"
      >
        {saving ? t("botEditor.saving") : dirty ? t("botEditor.unsaved") : t("botEditor.saved")}
      </span>
      <div className="bot-editor__actions">
        <button type="button" className="button" data-testid="bot-export" onClick={onExport}>
          {t("bots.export")}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="bot-save"
          aria-keyshortcuts="Control+S Meta+S"
          disabled={saving || !dirty || name.trim() === ""}
          onClick={onSave}
        >
          {saving ? t("botEditor.saving") : t("botEditor.save")}
        </button>
      </div>
    </header>
  );
}
