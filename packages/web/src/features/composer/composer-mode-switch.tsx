/**
 * Which kind of message the composer writes: text, choices, a file by URL, a catalog product (WhatsApp),
 * an approved template (WhatsApp), or an internal note (staff only, never sent). Outside WhatsApp's window
 * only templates and notes are offered.
 */
import { useI18n } from "../../i18n/i18n-context";

export type ComposerMode = "text" | "choices" | "media" | "product" | "template" | "note";

interface ComposerModeSwitchProps {
  mode: ComposerMode;
  /** The modes offered now, in order. */
  available: readonly ComposerMode[];
  onChange(mode: ComposerMode): void;
}

const ICONS: Record<ComposerMode, string> = {
  text: "✎",
  choices: "☰",
  media: "🖼",
  product: "🛍",
  template: "▤",
  note: "🔒",
};
const LABELS = {
  text: "composer.modeText",
  choices: "composer.modeChoices",
  media: "composer.modeMedia",
  product: "composer.modeProduct",
  template: "composer.modeTemplate",
  note: "composer.modeNote",
} as const;

export function ComposerModeSwitch({ mode, available, onChange }: ComposerModeSwitchProps) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t("composer.modeLabel")}>
      {available.map((item) => (
        <button
          key={item}
          type="button"
          className={`segmented__item${item === "note" ? " segmented__item--note" : ""}`}
          data-testid={`composer-mode-${item}`}
          aria-pressed={mode === item}
          onClick={() => onChange(item)}
        >
          <span aria-hidden="true">{ICONS[item]} </span>
          {t(LABELS[item])}
        </button>
      ))}
    </div>
  );
}
