/** Your API tokens (every user's for admins): create one (shown once, to copy), revoke one. */
import { useCallback, useState, type FormEvent } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { usePeopleApi } from "../../api/people-api";
import type { ApiTokenInfo } from "../../api/people-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { formatFullTime } from "../../time/relative-time";
import { useSession } from "../auth/session-context";

export function ApiTokensTab() {
  const { t, language } = useI18n();
  const formatDateTime = (ms: number) => formatFullTime(ms, language);
  const api = usePeopleApi();
  const { actor } = useSession();
  const [tokens, setTokens] = useState<ApiTokenInfo[] | null>(null);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        setTokens(await api.listApiTokens(signal));
      } catch (cause) {
        if (!isAbort(cause, signal)) setProblem(errorText(cause));
      }
    },
    [api],
  );
  useLoad(load);

  async function create(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const answer = await api.createApiToken(name.trim());
      setCreated(answer.token);
      setName("");
      setTokens((previous) => [answer.apiToken, ...(previous ?? [])]);
    } catch (cause) {
      setProblem(errorText(cause));
    }
  }

  async function revoke(id: string) {
    try {
      const revoked = await api.revokeApiToken(id);
      setTokens((previous) => (previous ?? []).map((token) => (token.id === id ? revoked : token)));
    } catch (cause) {
      setProblem(errorText(cause));
    }
  }

  return (
    <>
      <p className="field__hint">{t("people.tokensIntro")}</p>
      {actor.userId === null ? (
        <p className="banner banner--warning">{t("people.tokensNeedUser")}</p>
      ) : (
        <form className="people-toolbar" onSubmit={create}>
          <label className="field">
            <span className="field__label">{t("people.tokenName")}</span>
            <input data-testid="token-name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button
            type="submit"
            className="button button--primary"
            data-testid="token-create"
            disabled={name.trim() === ""}
          >
            + {t("people.tokenCreate")}
          </button>
        </form>
      )}
      {created !== null && (
        <p className="banner banner--success" role="status">
          {t("people.tokenCreated")} <code data-testid="token-value">{created}</code>
        </p>
      )}
      {problem !== null && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
      {tokens !== null && tokens.length === 0 && <p className="empty-state">{t("people.noTokens")}</p>}
      {tokens !== null && tokens.length > 0 && (
        <table className="people-table">
          <thead>
            <tr>
              <th>{t("people.tokenName")}</th>
              <th>{t("people.tokenHint")}</th>
              <th>{t("people.tokenLastUsed")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-testid="token-row">
                <td>{token.name}</td>
                <td>…{token.hint}</td>
                <td>{token.lastUsedAt === null ? t("people.never") : formatDateTime(token.lastUsedAt)}</td>
                <td>
                  {token.revokedAt === null ? (
                    <button
                      type="button"
                      className="button button--ghost"
                      onClick={() => void revoke(token.id)}
                    >
                      {t("people.tokenRevoke")}
                    </button>
                  ) : (
                    <span className="muted">{t("people.tokenRevoked")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
