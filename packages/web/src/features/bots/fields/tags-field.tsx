/** Tags typed as a comma-separated list; the text is kept as typed until it means other tags. */
import { useState } from "react";
import type { LimitViolation } from "../../../api/types";
import { parseTags } from "./parse-tags";
import { TextField } from "./text-field";

interface TagsFieldProps {
  label: string;
  value: readonly string[];
  onChange(tags: string[]): void;
  problems: readonly LimitViolation[] | undefined;
  testId?: string | undefined;
  placeholder?: string | undefined;
  className?: string | undefined;
}

export function TagsField({ value, onChange, ...field }: TagsFieldProps) {
  const [text, setText] = useState(value.join(", "));
  const shown = parseTags(text).join("\u0000") === value.join("\u0000") ? text : value.join(", ");
  return (
    <TextField
      {...field}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(parseTags(next));
      }}
    />
  );
}
