/** The audit log (admins): sign-ins, refused sign-ins and every change, newest first. */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { usePeopleApi } from "../../api/people-api";
import type { AuditEntry } from "../../api/people-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { formatFullTime } from "../../time/relative-time";

export function AuditLogTab() {
  const { t, language } = useI18n();
  const formatDateTime = (ms: number) => formatFullTime(ms, language);
  const api = usePeopleApi();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        setEntries(await api.listAuditLog(signal));
      } catch (cause) {
        if (!isAbort(cause, signal)) setProblem(errorText(cause));
      }
    },
    [api],
  );
  useLoad(load);

  return (
    <>
      {problem !== null && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
      {entries !== null && entries.length === 0 && <p className="empty-state">{t("people.noAudit")}</p>}
      {entries !== null && entries.length > 0 && (
        <table className="people-table" data-testid="audit-log">
          <thead>
            <tr>
              <th>{t("people.auditWhen")}</th>
              <th>{t("people.auditWho")}</th>
              <th>{t("people.auditWhat")}</th>
              <th>{t("people.auditFrom")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-row">
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actorLabel}</td>
                <td>
                  <code>{entry.action}</code>
                  {entry.target !== null && <span className="muted"> {entry.target}</span>}
                </td>
                <td>{entry.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
