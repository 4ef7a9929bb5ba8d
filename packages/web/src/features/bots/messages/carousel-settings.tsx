/** A carousel's text above the cards and what a channel does when it cannot show the cards. */
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { optionalText, TextField } from "../fields/text-field";
import type { ChoiceFallback } from "./choice-settings";

const fallbacks: { value: ChoiceFallback; key: MessageKey }[] = [
  { value: "refuse", key: "carousel.fallbackRefuse" },
  { value: "numbered_text", key: "carousel.fallbackNumberedText" },
  { value: "split", key: "carousel.fallbackSplit" },
];

export interface CarouselSettingsValue {
  body: string | undefined;
  /** Absent means `refuse`. */
  fallback: ChoiceFallback | undefined;
}

interface CarouselSettingsProps extends CarouselSettingsValue {
  onChange(change: CarouselSettingsValue): void;
  scope: ProblemScope;
  testIdPrefix: string;
}

export function CarouselSettings({ body, fallback, onChange, scope, testIdPrefix }: CarouselSettingsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("carousel.body")}
        hint={t("carousel.bodyHint")}
        rows={2}
        value={body ?? ""}
        onChange={(next) => onChange({ body: optionalText(next), fallback })}
        problems={problemsAt(scope, "body")}
        testId={`${testIdPrefix}-carousel-body`}
      />
      <SelectField
        label={t("carousel.fallback")}
        hint={t("carousel.fallbackHint")}
        value={fallback ?? "refuse"}
        options={fallbacks.map((option) => ({ value: option.value, label: t(option.key) }))}
        onChange={(next) => onChange({ body, fallback: next === "refuse" ? undefined : next })}
        problems={problemsAt(scope, "fallback")}
        testId={`${testIdPrefix}-carousel-fallback`}
      />
    </>
  );
}

/** Pure: the settings as the message's or node's optional fields (absent ones left out). */
export function carouselSettingsFields(change: CarouselSettingsValue): {
  body?: string;
  fallback?: ChoiceFallback;
} {
  return {
    ...(change.body === undefined ? {} : { body: change.body }),
    ...(change.fallback === undefined ? {} : { fallback: change.fallback }),
  };
}
