/** First screen: paste the admin token; it is checked with `GET /api/v1/session` before it is kept. */
import { useState, type FormEvent } from "react";
import { ApiError, createApiClient } from "../../api/client";
import { useI18n } from "../../i18n/i18n-context";
import { LanguageSwitch } from "../../i18n/language-switch";

interface SignInPageProps {
  /** Shown above the form, e.g. why the previous session ended. */
  notice: string | null;
  onSignedIn(token: string): void;
}

export function SignInPage({ notice, onSignedIn }: SignInPageProps) {
  const { t } = useI18n();
  const [token, setToken] = useState("");
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = token.trim();
    if (candidate === "" || checking) return;
    setChecking(true);
    setError(null);
    try {
      await createApiClient({ token: candidate }).checkSession();
      onSignedIn(candidate);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "unauthorized") setError(t("auth.rejected"));
      else
        setError(t("auth.unreachable", { reason: cause instanceof Error ? cause.message : String(cause) }));
      setChecking(false);
    }
  }

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
        <form className="sign-in__card" onSubmit={submit} aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">{t("auth.title")}</h1>
          <p className="muted">{t("app.tagline")}</p>
          {notice && (
            <p className="banner banner--warning" role="status">
              {notice}
            </p>
          )}
          <label className="field">
            <span className="field__label">{t("auth.tokenLabel")}</span>
            <input
              data-testid="token-input"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={token}
              onChange={(event) => setToken(event.target.value)}
              aria-describedby="token-hint"
              aria-invalid={error !== null}
            />
            <span id="token-hint" className="field__hint">
              {t("auth.tokenHint")}
            </span>
          </label>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <button
            data-testid="sign-in"
            className="button button--primary"
            type="submit"
            disabled={checking || token.trim() === ""}
          >
            {checking ? t("auth.checking") : t("auth.submit")}
          </button>
        </form>
      </main>
    </div>
  );
}
