/** Pauses the conversation for a while before the next node. */
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { durationMs, durationUnits, splitDuration, type DurationUnit } from "../duration";
import { NumberField } from "../fields/number-field";
import { problemsAt } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import type { NodeFormProps } from "./node-form";

const unitKeys: Record<DurationUnit, MessageKey> = {
  seconds: "botNode.seconds",
  minutes: "botNode.minutes",
  hours: "botNode.hours",
  days: "botNode.days",
};

export function WaitNodeForm({ node, onChange, scope }: NodeFormProps<"wait">) {
  const { t } = useI18n();
  const { amount, unit } = splitDuration(node.durationMs);
  const problems = problemsAt(scope, "durationMs");
  return (
    <div className="fields-row">
      <NumberField
        label={t("botNode.waitFor")}
        value={amount}
        min={1}
        step={1}
        onChange={(next) => onChange({ ...node, durationMs: durationMs(next, unit) })}
        problems={problems}
        testId="wait-amount"
      />
      <SelectField
        label={t("botNode.unit")}
        value={unit}
        options={durationUnits.map((value) => ({ value, label: t(unitKeys[value]) }))}
        onChange={(next) => onChange({ ...node, durationMs: durationMs(amount, next) })}
        problems={undefined}
        testId="wait-unit"
      />
    </div>
  );
}
