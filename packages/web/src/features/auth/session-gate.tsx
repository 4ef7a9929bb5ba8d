/** Shows the sign-in page until a token is accepted, then the console; signs out when the token stops working. */
import { useCallback, useState } from "react";
import { useI18n } from "../../i18n/i18n-context";
import { ConsoleShell } from "../../shell/console-shell";
import { SignInPage } from "./sign-in-page";
import { clearToken, loadToken, saveToken } from "./token-storage";

export function SessionGate() {
  const { t } = useI18n();
  const [token, setToken] = useState<string | null>(loadToken);
  const [expired, setExpired] = useState(false);

  const signIn = useCallback((next: string) => {
    saveToken(next);
    setExpired(false);
    setToken(next);
  }, []);

  const signOut = useCallback((reason: "user" | "rejected") => {
    clearToken();
    setExpired(reason === "rejected");
    setToken(null);
  }, []);

  if (token === null) return <SignInPage notice={expired ? t("auth.expired") : null} onSignedIn={signIn} />;
  return <ConsoleShell token={token} onSignOut={signOut} />;
}
