/**
 * First screen: sign in with e-mail and password (a session cookie), or with the admin token printed at
 * first start. Either is checked with `GET /api/v1/session` before the console opens.
 */
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/client";
import { signInWithPassword } from "../../api/session-api";
import type { SessionInfo } from "../../api/session-api";
import { useI18n } from "../../i18n/i18n-context";
import { LanguageSwitch } from "../../i18n/language-switch";
import type { Credentials } from "./session-gate";

interface SignInPageProps {
  /** Shown above the form, e.g. why the previous session ended. */
  notice: string | null;
  onSignedIn(credentials: Credentials, session: SessionInfo): void;
  resume(credentials: Credentials): Promise<SessionInfo>;
}

export function SignInPage({ notice, onSignedIn, resume }: SignInPageProps) {
  const { t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [token, setToken] = useState("");
  const [checking, setChecking] = useState<"password" | "token" | null>(null);
  const [error, setError] = useState<{ form: "password" | "token"; text: string } | null>(null);

  const failed = (form: "password" | "token", cause: unknown) => {
    if (cause instanceof ApiError && cause.code === "too_many_sign_in_attempts") {
      setError({ form, text: t("auth.tooMany") });
    } else if (cause instanceof ApiError && (cause.status === 401 || cause.code === "sign_in_refused")) {
      setError({ form, text: form === "token" ? t("auth.rejected") : t("auth.passwordRejected") });
    } else {
      setError({
        form,
        text: t("auth.unreachable", { reason: cause instanceof Error ? cause.message : String(cause) }),
      });
    }
    setChecking(null);
  };

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    if (email.trim() === "" || password === "" || checking !== null) return;
    setChecking("password");
    setError(null);
    try {
      const { csrfToken } = await signInWithPassword(email.trim(), password);
      const credentials = { token: null, csrfToken };
      onSignedIn(credentials, await resume(credentials));
    } catch (cause) {
      failed("password", cause);
    }
  }

  async function submitToken(event: FormEvent) {
    event.preventDefault();
    const candidate = token.trim();
    if (candidate === "" || checking !== null) return;
    setChecking("token");
    setError(null);
    try {
      const credentials = { token: candidate, csrfToken: null };
      onSignedIn(credentials, await resume(credentials));
    } catch (cause) {
      failed("token", cause);
    }
  }

  const errorOf = (form: "password" | "token") =>
    error?.form === form ? (
      <p className="field__error" role="alert">
        {error.text}
      </p>
    ) : null;

  return (
    <div className="sign-in">
      <header className="sign-in__bar">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t("app.name")}
        </span>
        <LanguageSwitch />
      </header>
      <main className="sign-in__main">
        <div className="sign-in__card">
          <h1 id="sign-in-title">{t("auth.title")}</h1>
          <p className="muted">{t("app.tagline")}</p>
          {notice && (
            <p className="banner banner--warning" role="status">
              {notice}
            </p>
          )}
          <form onSubmit={submitPassword} aria-labelledby="sign-in-title" className="sign-in__form">
            <label className="field">
              <span className="field__label">{t("auth.emailLabel")}</span>
              <input
                data-testid="email-input"
                type="email"
                autoComplete="username"
                autoFocus
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t("auth.passwordLabel")}</span>
              <input
                data-testid="password-input"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={error?.form === "password"}
              />
            </label>
            {errorOf("password")}
            <button
              data-testid="password-sign-in"
              className="button button--primary"
              type="submit"
              disabled={checking !== null || email.trim() === "" || password === ""}
            >
              {checking === "password" ? t("auth.checking") : t("auth.submit")}
            </button>
          </form>
          <form
            onSubmit={submitToken}
            className="sign-in__form sign-in__form--token"
            aria-label={t("auth.tokenForm")}
          >
            <h2 className="sign-in__or">{t("auth.tokenForm")}</h2>
            <label className="field">
              <span className="field__label">{t("auth.tokenLabel")}</span>
              <input
                data-testid="token-input"
                type="password"
                autoComplete="off"
                value={token}
                onChange={(event) => setToken(event.target.value)}
                aria-describedby="token-hint"
                aria-invalid={error?.form === "token"}
              />
              <span id="token-hint" className="field__hint">
                {t("auth.tokenHint")}
              </span>
            </label>
            {errorOf("token")}
            <button
              data-testid="sign-in"
              className="button"
              type="submit"
              disabled={checking !== null || token.trim() === ""}
            >
              {checking === "token" ? t("auth.checking") : t("auth.tokenSubmit")}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}
