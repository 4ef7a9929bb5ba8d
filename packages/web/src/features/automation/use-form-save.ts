/** The save of an automation form: busy while the request runs, and what went wrong when it failed. */
import { useState, type FormEvent } from "react";
import { saveProblemOf, type SaveProblem } from "./form-problems";

export interface FormSave {
  saving: boolean;
  problem: SaveProblem | null;
  /** Stops the browser's submit, runs `request` and hands its answer to `onSaved`, or keeps the problem. */
  submit<R>(event: FormEvent, request: () => Promise<R>, onSaved: (result: R) => void): Promise<void>;
}

/** `pathOfCode` places errors that name no path but belong to one field (see `saveProblemOf`). */
export function useFormSave(pathOfCode?: Record<string, string>): FormSave {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  async function submit<R>(event: FormEvent, request: () => Promise<R>, onSaved: (result: R) => void) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await request());
    } catch (error) {
      setProblem(saveProblemOf(error, pathOfCode));
    } finally {
      setSaving(false);
    }
  }

  return { saving, problem, submit };
}
