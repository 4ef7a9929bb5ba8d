/** The greeting per locale: the `default` one first (required once any is written), others added by locale. */
import { useState } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { TextField } from "../fields/text-field";
import { DEFAULT_LOCALE, greetingsOf, replaceAt, type BotProfile, type Greeting } from "./profile-edits";

interface GreetingEditorProps {
  profile: BotProfile | undefined;
  onChange(greetings: Greeting[]): void;
  scope: ProblemScope;
}

export function GreetingEditor({ profile, onChange, scope }: GreetingEditorProps) {
  const { t } = useI18n();
  const [locale, setLocale] = useState("");
  const greetings = greetingsOf(profile);
  // Paths name the greeting's place in the stored list, which the default-first order may differ from.
  const stored = profile?.greeting ?? [];
  const pathOf = (g: Greeting) => {
    const index = stored.indexOf(g);
    return `greeting[${index < 0 ? 0 : index}]`;
  };
  const taken = new Set(greetings.map((g) => g.locale));
  const candidate = locale.trim();

  return (
    <section className="profile-section" data-testid="profile-greeting">
      <h3 className="profile-section__title">{t("botProfile.greetingTitle")}</h3>
      <p className="muted">{t("botProfile.greetingHint", { placeholder: "{{user_first_name}}" })}</p>
      <FieldViolations problems={problemsAt(scope, "greeting")} />
      {greetings.map((greeting, index) => {
        const shown = greeting.locale === DEFAULT_LOCALE ? t("botProfile.localeDefault") : greeting.locale;
        return (
          <div className="profile-row" key={greeting.locale} data-testid="profile-greeting-row">
            <TextField
              className="profile-row__grow"
              label={t("botProfile.greetingText", { locale: shown })}
              value={greeting.text}
              rows={2}
              onChange={(text) => onChange(replaceAt(greetings, index, { ...greeting, text }))}
              problems={[
                ...(problemsAt(scope, `${pathOf(greeting)}.text`) ?? []),
                ...(problemsAt(scope, `${pathOf(greeting)}.locale`) ?? []),
              ]}
              testId={
                greeting.locale === DEFAULT_LOCALE ? "profile-greeting-text" : "profile-greeting-locale-text"
              }
            />
            {greeting.locale !== DEFAULT_LOCALE && (
              <button
                type="button"
                className="icon-button"
                aria-label={t("botProfile.greetingRemove", { locale: greeting.locale })}
                onClick={() => onChange(replaceAt(greetings, index, undefined))}
              >
                ×
              </button>
            )}
          </div>
        );
      })}
      <form
        className="profile-row profile-row--add"
        onSubmit={(event) => {
          event.preventDefault();
          if (candidate === "" || taken.has(candidate)) return;
          onChange([...greetings, { locale: candidate, text: "" }]);
          setLocale("");
        }}
      >
        <TextField
          label={t("botProfile.greetingLocale")}
          hint={t("botProfile.greetingLocaleHint")}
          value={locale}
          mono
          onChange={setLocale}
          problems={undefined}
          testId="profile-greeting-locale"
        />
        <button type="submit" className="button" disabled={candidate === "" || taken.has(candidate)}>
          + {t("botProfile.greetingAdd")}
        </button>
      </form>
    </section>
  );
}
