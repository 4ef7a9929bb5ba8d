/** One part of a channel account's automation settings (default reply, send policy) edited as a draft. */
import { useEffect, useState, type FormEvent } from "react";
import { useAutomationApi } from "../../api/automation-api";
import type { AutomationSettings } from "../../api/automation-types";
import { errorText, isAbort } from "../../api/error-text";
import type { Failure } from "./failure-banner";
import type { SaveProblem } from "./form-problems";
import { useFormSave } from "./use-form-save";

export interface SettingsDraft<D> {
  /** Null until the settings are loaded. */
  draft: D | null;
  loadFailure: Failure | null;
  saving: boolean;
  /** True after a save until the next change. */
  saved: boolean;
  problem: SaveProblem | null;
  /** Changes the loaded draft (nothing before it is loaded) and clears the saved note. */
  edit(update: (draft: D) => D): void;
  submit(event: FormEvent): Promise<void>;
}

/**
 * Loads the account's settings into a draft with `draftOf` (`previous` is the draft that was saved, null
 * on load) and saves the patch `patchOf` makes. Pass module-level functions: a new `draftOf` loads again.
 */
export function useSettingsDraft<D>(
  accountId: string,
  draftOf: (settings: AutomationSettings, previous: D | null) => D,
  patchOf: (draft: D) => Partial<AutomationSettings>,
): SettingsDraft<D> {
  const api = useAutomationApi();
  const [draft, setDraft] = useState<D | null>(null);
  const [loadFailure, setLoadFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const { saving, problem, submit: save } = useFormSave();

  useEffect(() => {
    const controller = new AbortController();
    setDraft(null);
    api.getAutomation(accountId, controller.signal).then(
      (settings) => setDraft(draftOf(settings, null)),
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) {
          setLoadFailure({ key: "automation.loadFailed", reason: errorText(cause) });
        }
      },
    );
    return () => controller.abort();
  }, [api, accountId, draftOf]);

  function edit(update: (draft: D) => D) {
    setDraft((previous) => (previous === null ? previous : update(previous)));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    if (draft === null) {
      event.preventDefault();
      return;
    }
    setSaved(false);
    await save(
      event,
      () => api.updateAutomation(accountId, patchOf(draft)),
      (settings) => {
        setDraft(draftOf(settings, draft));
        setSaved(true);
      },
    );
  }

  return { draft, loadFailure, saving, saved, problem, edit, submit };
}
