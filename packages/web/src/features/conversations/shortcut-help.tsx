/** The list of keyboard shortcuts (opened with `?`); Escape or the button closes it. */
import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n-context";
import { SHORTCUTS } from "./inbox-shortcuts";

const labelKeys = {
  next: "shortcuts.next",
  previous: "shortcuts.previous",
  take: "shortcuts.take",
  close: "shortcuts.close",
  focusComposer: "shortcuts.focusComposer",
  savedReplies: "shortcuts.savedReplies",
  help: "shortcuts.help",
} as const;

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onClose]);
  return (
    <div className="shortcut-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title">
      <div className="shortcut-help__card card" data-testid="shortcut-help">
        <h2 id="shortcut-help-title">{t("shortcuts.title")}</h2>
        <dl className="shortcut-help__list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.keys} className="shortcut-help__row">
              <dt>
                <kbd>{shortcut.keys}</kbd>
              </dt>
              <dd>{t(labelKeys[shortcut.action])}</dd>
            </div>
          ))}
        </dl>
        <p className="shortcut-help__hint">{t("shortcuts.notWhileTyping")}</p>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          {t("shortcuts.dismiss")}
        </button>
      </div>
    </div>
  );
}
