/** A failed load, toggle or delete, said in the console's current language. */
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

/** A text with a `{reason}` placeholder and the reason; translated when shown, so a language switch follows. */
export interface Failure {
  key: MessageKey;
  reason: string;
}

export function FailureBanner({ failure }: { failure: Failure | null }) {
  const { t } = useI18n();
  if (failure === null) return null;
  return (
    <p className="banner banner--error" role="alert" data-testid="automation-error">
      {t(failure.key, { reason: failure.reason })}
    </p>
  );
}
