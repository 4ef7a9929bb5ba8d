/** One template in the list: name, language, category, review state, delete. */
import type { Template } from "../../../api/automation-types";
import { useI18n } from "../../../i18n/i18n-context";
import { ConfirmDeleteButton } from "../confirm-delete-button";
import { categoryLabelOf } from "./template-labels";
import { TemplateStatusBadge } from "./template-status-badge";

export function TemplateRow({ template, onDelete }: { template: Template; onDelete(): Promise<void> }) {
  const { t } = useI18n();
  const category = categoryLabelOf(template.category);
  return (
    <tr
      data-testid="template"
      data-template-id={template.id}
      data-name={template.name}
      data-language={template.language}
    >
      <td>
        <code>{template.name}</code>
      </td>
      <td>{template.language}</td>
      <td>{category === null ? template.category : t(category)}</td>
      <td>
        <TemplateStatusBadge template={template} />
      </td>
      <td className="template-table__actions">
        <ConfirmDeleteButton
          subject={`${template.name} (${template.language})`}
          testId={`template-delete-${template.name}`}
          onConfirm={onDelete}
        />
      </td>
    </tr>
  );
}
