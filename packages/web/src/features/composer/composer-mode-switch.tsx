/** Text or choices: which kind of message the composer writes. */
import { useI18n } from "../../i18n/i18n-context";

export type ComposerMode = "text" | "choices";

interface ComposerModeSwitchProps {
  mode: ComposerMode;
  onChange(mode: ComposerMode): void;
}

export function ComposerModeSwitch({ mode, onChange }: ComposerModeSwitchProps) {
  const { t } = useI18n();
  const modes: { mode: ComposerMode; label: string; icon: string }[] = [
    { mode: "text", label: t("composer.modeText"), icon: "✎" },
    { mode: "choices", label: t("composer.modeChoices"), icon: "☰" },
  ];
  return (
    <div className="segmented" role="group" aria-label={t("composer.modeLabel")}>
      {modes.map((item) => (
        <button
          key={item.mode}
          type="button"
          className="segmented__item"
          data-testid={`composer-mode-${item.mode}`}
          aria-pressed={mode === item.mode}
          onClick={() => onChange(item.mode)}
        >
          <span aria-hidden="true">{item.icon} </span>
          {item.label}
        </button>
      ))}
    </div>
  );
}
