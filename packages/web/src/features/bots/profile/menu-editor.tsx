/** The persistent menu (default locale): items that open a link or a module, up to Meta's 20. */
import { useI18n } from "../../../i18n/i18n-context";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { ProfileListSection } from "./profile-list-section";
import { MENU_ITEMS_MAX, switchMenuItemKind, type ProfileMenuItem } from "./profile-edits";
import { useFirstModuleId } from "./use-first-module-id";

interface MenuEditorProps {
  items: readonly ProfileMenuItem[];
  onChange(items: ProfileMenuItem[]): void;
  /** Problems inside the menu (`items[0].title`…), and the list-wide ones of `persistentMenu`. */
  scope: ProblemScope;
  listProblems: ProblemScope;
}

export function MenuEditor({ items, onChange, scope, listProblems }: MenuEditorProps) {
  const { t } = useI18n();
  const firstModule = useFirstModuleId();
  const kinds = [
    { value: "module" as const, label: t("botProfile.itemKindModule") },
    { value: "url" as const, label: t("botProfile.itemKindUrl") },
  ];
  return (
    <ProfileListSection<ProfileMenuItem>
      testId="profile-menu"
      rowTestId="profile-menu-item"
      addTestId="profile-menu-add"
      title={t("botProfile.menuTitle")}
      hint={t("botProfile.menuHint")}
      empty={t("botProfile.menuEmpty")}
      addLabel={t("botProfile.menuAdd")}
      removeLabel={(n) => t("botProfile.itemRemove", { n })}
      items={items}
      max={MENU_ITEMS_MAX}
      listPath="items"
      scope={scope}
      listProblems={listProblems}
      onChange={onChange}
      newItem={() => ({ kind: "module", title: "", moduleId: firstModule })}
      renderFields={(item, set, at) => (
        <>
          <TextField
            label={t("botProfile.itemTitle")}
            value={item.title}
            onChange={(title) => set({ ...item, title })}
            problems={problemsAt(at, "title")}
            testId="profile-menu-item-title"
          />
          <SelectField
            label={t("botProfile.itemKind")}
            value={item.kind}
            options={kinds}
            onChange={(kind) => set(switchMenuItemKind(item, kind, firstModule))}
            problems={undefined}
            testId="profile-menu-item-kind"
          />
          {item.kind === "url" ? (
            <TextField
              className="profile-row__grow"
              label={t("botProfile.itemUrl")}
              type="url"
              value={item.url}
              onChange={(url) => set({ ...item, url })}
              problems={problemsAt(at, "url")}
              testId="profile-menu-item-url"
            />
          ) : (
            <ModulePicker
              className="profile-row__grow"
              label={t("botProfile.itemModule")}
              value={item.moduleId}
              onChange={(moduleId) => set({ ...item, moduleId: moduleId ?? "" })}
              problems={problemsAt(at, "moduleId")}
              testId="profile-menu-item-module"
            />
          )}
        </>
      )}
    />
  );
}
