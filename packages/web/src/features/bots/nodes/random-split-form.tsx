/** Sends each contact down one branch at random, in proportion to the branches' weights. */
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { ModulePicker } from "../fields/module-picker";
import { NumberField } from "../fields/number-field";
import { problemsAt } from "../fields/problem-scope";
import { shares } from "./branch-shares";
import type { NodeFormProps } from "./node-form";

export function RandomSplitForm({ node, onChange, scope }: NodeFormProps<"random_split">) {
  const { t } = useI18n();
  const percent = shares(node.branches.map((branch) => branch.weight));
  const setBranch = (index: number, branch: (typeof node.branches)[number]) =>
    onChange({ ...node, branches: node.branches.map((current, at) => (at === index ? branch : current)) });
  return (
    <fieldset className="subform">
      <legend>{t("botNode.branches")}</legend>
      <FieldViolations problems={problemsAt(scope, "branches")} />
      {node.branches.map((branch, index) => (
        <div key={index} className="subform__row" data-testid="split-branch">
          <NumberField
            label={t("botNode.weight")}
            value={branch.weight}
            min={0}
            step="any"
            onChange={(weight) => setBranch(index, { ...branch, weight })}
            problems={problemsAt(scope, `branches[${index}].weight`)}
            testId="split-weight"
          />
          <span className="subform__share" aria-label={t("botNode.share", { n: percent[index] ?? 0 })}>
            {percent[index] ?? 0}%
          </span>
          <ModulePicker
            className="fields-row__grow"
            label={t("botNode.goToModule")}
            value={branch.module}
            onChange={(module) => setBranch(index, { ...branch, module: module ?? "" })}
            problems={[
              ...(problemsAt(scope, `branches[${index}].module`) ?? []),
              ...(problemsAt(scope, `branches[${index}]`) ?? []),
            ]}
            testId="split-module"
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t("botNode.removeBranch", { n: index + 1 })}
            disabled={node.branches.length <= 1}
            onClick={() => onChange({ ...node, branches: node.branches.filter((_, at) => at !== index) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--ghost button--compact"
        data-testid="split-branch-add"
        onClick={() => {
          const last = node.branches.at(-1);
          onChange({
            ...node,
            branches: [...node.branches, { weight: last?.weight ?? 1, module: last?.module ?? "" }],
          });
        }}
      >
        + {t("botNode.addBranch")}
      </button>
    </fieldset>
  );
}
