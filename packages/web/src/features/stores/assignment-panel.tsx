/** A store's assignment: the mode its queue is assigned in, and each of its people's load. */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { assignmentModes, useStoreAssignmentApi } from "../../api/store-assignment-api";
import type { AssignmentMode, StoreAgentLoad, StoreAssignment } from "../../api/store-assignment-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";

interface AssignmentPanelProps {
  storeId: string;
  onModeSaved(storeId: string, mode: AssignmentMode): void;
}

export function AssignmentPanel({ storeId, onModeSaved }: AssignmentPanelProps) {
  const { t } = useI18n();
  const api = useStoreAssignmentApi();
  const [assignment, setAssignment] = useState<StoreAssignment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        setAssignment(await api.getAssignment(storeId, signal));
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure(t("assignment.loadFailed", { reason: errorText(cause) }));
      }
    },
    [api, storeId, t],
  );
  useLoad(load);

  async function choose(mode: AssignmentMode) {
    setSaving(true);
    try {
      const saved = await api.setAssignmentMode(storeId, mode);
      setAssignment(saved);
      setFailure(null);
      onModeSaved(storeId, saved.mode);
    } catch (cause) {
      setFailure(t("assignment.saveFailed", { reason: errorText(cause) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="store-form assignment-panel" data-testid="assignment-panel">
      <h2>{t("assignment.title")}</h2>
      <p className="field__hint">{t("assignment.intro")}</p>
      {failure !== null && (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      )}
      {assignment !== null && (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`assignment-mode-${storeId}`}>
              {t("assignment.mode")}
            </label>
            <select
              id={`assignment-mode-${storeId}`}
              data-testid="assignment-mode"
              value={assignment.mode}
              disabled={saving}
              onChange={(event) => {
                const mode = assignmentModes.find((m) => m === event.target.value);
                if (mode !== undefined) void choose(mode);
              }}
            >
              {assignmentModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`assignment.mode.${mode}`)}
                </option>
              ))}
            </select>
            <p className="field__hint">
              {saving ? t("assignment.saving") : t(`assignment.modeHelp.${assignment.mode}`)}
            </p>
          </div>
          {assignment.agents.length === 0 ? (
            <p className="empty-state">{t("assignment.noAgents")}</p>
          ) : (
            <ul className="assignment-agents" data-testid="assignment-agents">
              {assignment.agents.map((agent) => (
                <li key={agent.userId}>
                  <span>{agent.name}</span> <span className="field__hint">{loadText(agent, t)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function loadText(agent: StoreAgentLoad, t: ReturnType<typeof useI18n>["t"]): string {
  const load =
    agent.capacity === null
      ? t("assignment.load", { inProgress: agent.inProgress })
      : t("assignment.loadOf", { inProgress: agent.inProgress, capacity: agent.capacity });
  return agent.active ? load : `${load} · ${t("assignment.inactive")}`;
}
