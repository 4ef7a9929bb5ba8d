/** A checkbox with its label after it, as automation forms switch an option on or off. */
interface CheckboxFieldProps {
  testId: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ testId, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}
