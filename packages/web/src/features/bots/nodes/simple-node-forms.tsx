/** The one- and two-field nodes: add or remove a tag, set an attribute, go to a module. */
import { useI18n } from "../../../i18n/i18n-context";
import { ModulePicker } from "../fields/module-picker";
import { problemsAt } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import type { NodeFormProps } from "./node-form";

export function TagNodeForm({ node, onChange, scope }: NodeFormProps<"set_tag" | "remove_tag">) {
  const { t } = useI18n();
  return (
    <TextField
      label={t("botNode.tag")}
      value={node.tag}
      placeholder="vip"
      onChange={(tag) => onChange({ ...node, tag })}
      problems={problemsAt(scope, "tag")}
      testId="node-tag"
    />
  );
}

export function SetAttributeNodeForm({ node, onChange, scope }: NodeFormProps<"set_attribute">) {
  const { t } = useI18n();
  return (
    <div className="fields-row">
      <TextField
        label={t("botNode.attribute")}
        value={node.attribute}
        mono
        placeholder="preferred_counter"
        onChange={(attribute) => onChange({ ...node, attribute })}
        problems={problemsAt(scope, "attribute")}
        testId="node-attribute"
      />
      <TextField
        className="fields-row__grow"
        label={t("botNode.value")}
        value={node.value}
        onChange={(value) => onChange({ ...node, value })}
        problems={problemsAt(scope, "value")}
        testId="node-value"
      />
    </div>
  );
}

export function GoToNodeForm({ node, onChange, scope }: NodeFormProps<"go_to">) {
  const { t } = useI18n();
  return (
    <ModulePicker
      label={t("botNode.goToModule")}
      value={node.module}
      onChange={(module) => onChange({ ...node, module: module ?? "" })}
      problems={problemsAt(scope, "module")}
      testId="node-goto"
    />
  );
}
