/**
 * One bot's editor: modules on the left, the open module's nodes in the middle (the selected one open
 * with its form and phone preview), publishing on the right. The draft is saved with the Save button.
 */
import { useMemo, useState } from "react";
import { useApi } from "../../api/api-context";
import { exportBot, type Bot, type BotProblem } from "../../api/bots-api";
import { errorText } from "../../api/error-text";
import { useI18n } from "../../i18n/i18n-context";
import { botFileName, downloadJson } from "./download-json";
import { BotEditorHeader } from "./editor/bot-editor-header";
import { currentProblems } from "./editor/current-problems";
import { ModuleList } from "./editor/module-list";
import { ModulePanel } from "./editor/module-panel";
import { ModulesProvider } from "./editor/modules-context";
import { useBotEditor } from "./editor/use-bot-editor";
import { useEditorKeys } from "./editor/use-editor-keys";
import { addModule } from "./module-edits";
import { problemCounts } from "./problem-groups";
import { ChannelProfilePanel } from "./profile/channel-profile-panel";
import { ProfileNavButton } from "./profile/profile-nav-button";
import { ProblemList } from "./publish/problem-list";
import { PublishPanel } from "./publish/publish-panel";

interface Selection {
  moduleId: string;
  nodeIndex: number | null;
  /** The channel profile is open instead of a module. */
  profile?: boolean;
}

function openModule(draft: Bot, moduleId: string) {
  return (
    draft.modules.find((module) => module.id === moduleId) ??
    draft.modules.find((module) => module.kind === "welcome") ??
    draft.modules[0]
  );
}

function isProfileProblem(problem: BotProblem): boolean {
  return problem.path.startsWith("profile.");
}

export function BotEditorPage({ botId }: { botId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const editor = useBotEditor(botId);
  const { draft, report } = editor;
  const [selection, setSelection] = useState<Selection>({ moduleId: "welcome", nodeIndex: null });
  const [exportError, setExportError] = useState<string | null>(null);
  useEditorKeys(editor.dirty, () => void editor.save());

  const problems = useMemo(() => (draft === null ? [] : currentProblems(report, draft)), [report, draft]);
  const counts = useMemo(() => problemCounts(problems), [problems]);

  if (editor.loadError !== null) {
    return (
      <main className="page" data-testid="bot-editor" data-bot-id={botId}>
        <p className="banner banner--error" role="alert">
          {t("botEditor.loadFailed", { reason: editor.loadError })}
        </p>
      </main>
    );
  }
  if (draft === null || editor.detail === null) {
    return (
      <main className="page" data-testid="bot-editor" data-bot-id={botId}>
        <p className="empty-state">{t("botEditor.loading")}</p>
      </main>
    );
  }

  const module = openModule(draft, selection.moduleId);
  const nodeIndex = module?.id === selection.moduleId ? selection.nodeIndex : null;

  async function exportDraft() {
    setExportError(null);
    if (editor.dirty && !(await editor.save())) return;
    try {
      downloadJson(botFileName(editor.name), await exportBot(api, botId));
    } catch (error) {
      setExportError(errorText(error));
    }
  }

  function selectProblem(problem: BotProblem) {
    if (isProfileProblem(problem))
      setSelection({ moduleId: selection.moduleId, nodeIndex: null, profile: true });
    if (problem.moduleId === "") return;
    setSelection({ moduleId: problem.moduleId, nodeIndex: problem.nodeIndex ?? null });
  }

  const saveReport = report?.source === "save" ? report : null;
  return (
    <main className="bot-editor" data-testid="bot-editor" data-bot-id={botId}>
      <BotEditorHeader
        name={editor.name}
        onRename={editor.rename}
        dirty={editor.dirty}
        saving={editor.saving}
        latestVersion={editor.detail.latestVersion}
        onSave={() => void editor.save()}
        onExport={() => void exportDraft()}
      />
      {(editor.saveError !== null || exportError !== null) && (
        <div className="bot-editor__banner" role="alert" data-testid="save-error">
          <p className="banner banner--error">
            {saveReport
              ? t("botEditor.saveInvalid", { count: saveReport.problems.length })
              : t("botEditor.saveFailed", { reason: editor.saveError ?? exportError ?? "" })}
          </p>
          {saveReport && (
            <ProblemList
              report={saveReport}
              current={draft}
              onSelect={selectProblem}
              testId="save-problems"
            />
          )}
        </div>
      )}
      <div className="bot-editor__body">
        <ModulesProvider modules={draft.modules}>
          <div className="bot-editor__nav">
            <ProfileNavButton
              open={selection.profile === true}
              problemCount={problems.filter(isProfileProblem).length}
              onOpen={() => setSelection({ moduleId: selection.moduleId, nodeIndex: null, profile: true })}
            />
            <ModuleList
              modules={draft.modules}
              selectedId={selection.profile === true ? "" : (module?.id ?? "")}
              problemCounts={counts.byModule}
              onSelect={(moduleId) => setSelection({ moduleId, nodeIndex: null })}
              onAdd={(name) => {
                const added = addModule(draft, name);
                editor.edit((current) => addModule(current, name).bot);
                setSelection({ moduleId: added.moduleId, nodeIndex: null });
              }}
            />
          </div>
          {selection.profile === true && (
            <ChannelProfilePanel bot={draft} edit={editor.edit} problems={problems} />
          )}
          {selection.profile !== true && module && (
            <ModulePanel
              module={module}
              bot={draft}
              selectedNode={nodeIndex}
              problems={problems.filter((problem) => problem.moduleId === module.id)}
              onSelectNode={(index) => setSelection({ moduleId: module.id, nodeIndex: index })}
              edit={editor.edit}
              onModuleDeleted={() => setSelection({ moduleId: "welcome", nodeIndex: null })}
            />
          )}
        </ModulesProvider>
        <aside className="bot-editor__side">
          <PublishPanel
            botId={botId}
            draft={draft}
            dirty={editor.dirty}
            save={editor.save}
            report={report}
            setReport={editor.setReport}
            onSelectProblem={selectProblem}
            onPublished={() => void editor.refresh()}
          />
        </aside>
      </div>
    </main>
  );
}
