/**
 * Shows the sign-in page until the console is signed in — with an e-mail and password (a session cookie)
 * or with the admin token — then the console; back to sign-in when the server stops accepting it.
 */
import { useCallback, useEffect, useState } from "react";
import { createApiClient } from "../../api/client";
import { readSession, signOutSession } from "../../api/session-api";
import type { SessionInfo } from "../../api/session-api";
import { useI18n } from "../../i18n/i18n-context";
import { ConsoleShell } from "../../shell/console-shell";
import { SignInPage } from "./sign-in-page";
import { clearToken, loadToken, saveToken } from "./token-storage";

/** How the console is signed in: the admin token, or a session cookie (with its CSRF token). */
export type Credentials = { token: string | null; csrfToken: string | null };

type GateState =
  | { kind: "checking" }
  | { kind: "signed-out"; notice: "expired" | null }
  | { kind: "signed-in"; credentials: Credentials; session: SessionInfo };

async function resume(credentials: Credentials): Promise<SessionInfo> {
  return readSession(createApiClient({ token: credentials.token }));
}

export function SessionGate() {
  const { t } = useI18n();
  const [state, setState] = useState<GateState>({ kind: "checking" });

  useEffect(() => {
    const token = loadToken();
    let cancelled = false;
    resume({ token, csrfToken: null })
      .then((session) => {
        if (cancelled) return;
        setState({ kind: "signed-in", credentials: { token, csrfToken: session.csrfToken }, session });
      })
      .catch(() => {
        if (cancelled) return;
        if (token !== null) clearToken();
        setState({ kind: "signed-out", notice: null });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const signedIn = useCallback((credentials: Credentials, session: SessionInfo) => {
    if (credentials.token !== null) saveToken(credentials.token);
    setState({ kind: "signed-in", credentials, session });
  }, []);

  const signOut = useCallback(
    (reason: "user" | "rejected") => {
      const done = () => {
        clearToken();
        setState({ kind: "signed-out", notice: reason === "rejected" ? "expired" : null });
      };
      if (state.kind === "signed-in" && state.credentials.token === null && reason === "user") {
        // The sign-in page shows once the server has ended the session (or could not be reached).
        void signOutSession(createApiClient({ csrfToken: state.credentials.csrfToken })).finally(done);
        return;
      }
      done();
    },
    [state],
  );

  if (state.kind === "checking") return <p className="muted sign-in__checking">{t("auth.checking")}</p>;
  if (state.kind === "signed-out") {
    return (
      <SignInPage
        notice={state.notice === "expired" ? t("auth.expired") : null}
        onSignedIn={signedIn}
        resume={resume}
      />
    );
  }
  return <ConsoleShell credentials={state.credentials} session={state.session} onSignOut={signOut} />;
}
