/** Ice breakers (default locale): up to Meta's 4 questions, each opening a module when tapped. */
import { useI18n } from "../../../i18n/i18n-context";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import { ProfileListSection } from "./profile-list-section";
import { ICE_BREAKERS_MAX, type IceBreaker } from "./profile-edits";
import { useFirstModuleId } from "./use-first-module-id";

interface IceBreakersEditorProps {
  questions: readonly IceBreaker[];
  onChange(questions: IceBreaker[]): void;
  /** Problems inside the set (`questions[0].question`…), and the list-wide ones of `iceBreakers`. */
  scope: ProblemScope;
  listProblems: ProblemScope;
}

export function IceBreakersEditor({ questions, onChange, scope, listProblems }: IceBreakersEditorProps) {
  const { t } = useI18n();
  const firstModule = useFirstModuleId();
  return (
    <ProfileListSection
      testId="profile-ice-breakers"
      rowTestId="profile-ice-breaker"
      addTestId="profile-ice-breaker-add"
      title={t("botProfile.iceBreakersTitle")}
      hint={t("botProfile.iceBreakersHint")}
      empty={t("botProfile.iceBreakersEmpty")}
      addLabel={t("botProfile.iceBreakerAdd")}
      removeLabel={(n) => t("botProfile.iceBreakerRemove", { n })}
      items={questions}
      max={ICE_BREAKERS_MAX}
      listPath="questions"
      scope={scope}
      listProblems={listProblems}
      onChange={onChange}
      newItem={() => ({ question: "", moduleId: firstModule })}
      renderFields={(question, set, at) => (
        <>
          <TextField
            className="profile-row__grow"
            label={t("botProfile.iceBreakerQuestion")}
            value={question.question}
            onChange={(text) => set({ ...question, question: text })}
            problems={problemsAt(at, "question")}
            testId="profile-ice-breaker-question"
          />
          <ModulePicker
            label={t("botProfile.iceBreakerModule")}
            value={question.moduleId}
            onChange={(moduleId) => set({ ...question, moduleId: moduleId ?? "" })}
            problems={problemsAt(at, "moduleId")}
            testId="profile-ice-breaker-module"
          />
        </>
      )}
    />
  );
}
