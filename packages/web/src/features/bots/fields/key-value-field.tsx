/**
 * A string map edited as rows (HTTP headers, response paths → attributes). Rows live here while typed,
 * so an empty or repeated key never loses what was typed; the map keeps the last row of each key.
 */
import { useState } from "react";
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { rowsToRecord, type Row } from "./rows-to-record";

interface KeyValueFieldProps {
  legend: string;
  keyLabel: string;
  valueLabel: string;
  value: Readonly<Record<string, string>>;
  onChange(value: Record<string, string>): void;
  problems: readonly LimitViolation[] | undefined;
  testId: string;
}

export function KeyValueField({
  legend,
  keyLabel,
  valueLabel,
  value,
  onChange,
  problems,
  testId,
}: KeyValueFieldProps) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(value).map(([key, item]) => ({ key, value: item })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    onChange(rowsToRecord(next));
  };
  return (
    <fieldset className="subform" data-testid={testId}>
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        <div key={index} className="subform__row">
          <input
            aria-label={`${keyLabel} ${index + 1}`}
            placeholder={keyLabel}
            className="text-mono"
            value={row.key}
            onChange={(event) =>
              update(rows.map((r, i) => (i === index ? { ...r, key: event.target.value } : r)))
            }
          />
          <input
            aria-label={`${valueLabel} ${index + 1}`}
            placeholder={valueLabel}
            value={row.value}
            onChange={(event) =>
              update(rows.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)))
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t("botEditor.removeRow", { n: index + 1 })}
            onClick={() => update(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--ghost button--compact"
        onClick={() => setRows([...rows, { key: "", value: "" }])}
      >
        + {t("botEditor.addRow")}
      </button>
      <FieldViolations problems={problems} />
    </fieldset>
  );
}
