/** JSON typed by hand: the value changes only when the text parses; until then the parse error shows. */
import { useState } from "react";
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { Field } from "./field";

interface JsonFieldProps {
  label: string;
  value: unknown;
  /** Receives undefined when the box is emptied. */
  onChange(value: unknown): void;
  problems: readonly LimitViolation[] | undefined;
  testId?: string | undefined;
  rows?: number | undefined;
  hint?: string | undefined;
}

const format = (value: unknown) => (value === undefined ? "" : JSON.stringify(value, null, 2));

export function JsonField({ label, value, onChange, problems, testId, rows, hint }: JsonFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const parseError: LimitViolation[] =
    error === null
      ? []
      : [{ path: "", rule: "json", message: t("botEditor.jsonInvalid", { reason: error }) }];
  return (
    <Field label={label} problems={[...parseError, ...(problems ?? [])]} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          className="text-mono"
          rows={rows ?? 6}
          data-testid={testId}
          value={text}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim() === "") {
              setError(null);
              onChange(undefined);
              return;
            }
            try {
              const parsed: unknown = JSON.parse(event.target.value);
              setError(null);
              onChange(parsed);
            } catch (cause) {
              setError(cause instanceof Error ? cause.message : String(cause));
            }
          }}
        />
      )}
    </Field>
  );
}
