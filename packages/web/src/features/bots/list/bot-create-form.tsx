/** Starts a new bot from a name: a welcome module to fill in and a human agent module that hands over. */
import { useState, type FormEvent } from "react";
import { useApi } from "../../../api/api-context";
import { createBot, type BotDetail } from "../../../api/bots-api";
import { errorText } from "../../../api/error-text";
import { useI18n } from "../../../i18n/i18n-context";

export function BotCreateForm({ onCreated }: { onCreated(bot: BotDetail): void }) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "" || busy) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await createBot(api, { name: name.trim() }));
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="bot-create" onSubmit={submit} aria-label={t("bots.create")}>
      <label className="field__label" htmlFor="bot-name-input">
        {t("bots.newName")}
      </label>
      <div className="bot-create__row">
        <input
          id="bot-name-input"
          data-testid="bot-name-input"
          value={name}
          placeholder={t("bots.newNamePlaceholder")}
          aria-describedby={error ? "bot-create-error" : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          data-testid="bot-create"
          disabled={busy || name.trim() === ""}
        >
          {busy ? t("bots.creating") : `+ ${t("bots.create")}`}
        </button>
      </div>
      {error && (
        <p className="field__error" id="bot-create-error" role="alert">
          {t("bots.createFailed", { reason: error })}
        </p>
      )}
    </form>
  );
}
