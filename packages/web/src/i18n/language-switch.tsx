/** The language picker shown in every header, sign-in included. */
import { useI18n } from "./i18n-context";
import { isLanguage, languageNames, languages } from "./language";

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-switch">
      <span aria-hidden="true" className="language-switch__icon">
        🌐
      </span>
      <select
        data-testid="lang-switch"
        aria-label={t("lang.label")}
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) setLanguage(next);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
