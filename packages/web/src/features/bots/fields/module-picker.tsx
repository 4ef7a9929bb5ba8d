/** Chooses the module a node goes to; a target the draft no longer has stays visible as missing. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { useModules } from "../editor/modules-context";
import { Field } from "./field";

interface ModulePickerProps {
  label: string;
  value: string | undefined;
  onChange(moduleId: string | undefined): void;
  problems: readonly LimitViolation[] | undefined;
  /** When set, the picker offers "none" with this label (the field is optional). */
  noneLabel?: string | undefined;
  testId?: string | undefined;
  className?: string | undefined;
}

export function ModulePicker({
  label,
  value,
  onChange,
  problems,
  noneLabel,
  testId,
  className,
}: ModulePickerProps) {
  const { t } = useI18n();
  const modules = useModules();
  const missing = value !== undefined && value !== "" && !modules.some((module) => module.id === value);
  return (
    <Field label={label} problems={problems} className={className}>
      {(control) => (
        <select
          {...control}
          data-testid={testId}
          value={value ?? ""}
          onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        >
          {(noneLabel !== undefined || value === undefined || value === "") && (
            <option value="">{noneLabel ?? t("botEditor.pickModule")}</option>
          )}
          {missing && <option value={value}>{t("botEditor.missingModule", { id: value })}</option>}
          {modules.map((module) => (
            <option key={module.id} value={module.id}>
              {module.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
