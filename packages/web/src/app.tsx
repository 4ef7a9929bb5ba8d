/** The console's root: language first (the sign-in page is translated too), then the session. */
import { SessionGate } from "./features/auth/session-gate";
import { I18nProvider } from "./i18n/i18n-context";

export function App() {
  return (
    <I18nProvider>
      <SessionGate />
    </I18nProvider>
  );
}
