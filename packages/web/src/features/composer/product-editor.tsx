/** The catalog product of a `product` message (WhatsApp): catalog id, product id, footer; the body is the main input. */
import type { LimitViolation } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "./field-violations";
import type { ProductDraft } from "./product-draft";
import type { FieldKey } from "./violation-path";

interface ProductEditorProps {
  draft: ProductDraft;
  problems: ReadonlyMap<FieldKey, LimitViolation[]>;
  onChange(update: (draft: ProductDraft) => ProductDraft): void;
}

type ProductField = keyof ProductDraft;

const FIELDS: { field: ProductField; label: MessageKey; placeholder: MessageKey }[] = [
  {
    field: "catalogId",
    label: "composerProduct.catalogId",
    placeholder: "composerProduct.catalogIdPlaceholder",
  },
  {
    field: "productId",
    label: "composerProduct.productId",
    placeholder: "composerProduct.productIdPlaceholder",
  },
  { field: "footer", label: "composerProduct.footer", placeholder: "composerProduct.footerPlaceholder" },
];

export function ProductEditor({ draft, problems, onChange }: ProductEditorProps) {
  const { t } = useI18n();
  return (
    <div className="composer-editor" data-testid="product-editor">
      {FIELDS.map(({ field, label, placeholder }) => {
        const fieldProblems = problems.get(field);
        const id = `product-${field}`;
        return (
          <div key={field} className="field composer-editor__half">
            <label className="field__label" htmlFor={id}>
              {t(label)}
            </label>
            <input
              id={id}
              data-testid={id}
              value={draft[field]}
              placeholder={t(placeholder)}
              aria-invalid={fieldProblems !== undefined}
              aria-describedby={fieldProblems ? `${id}-problems` : undefined}
              onChange={(event) => {
                const value = event.target.value;
                onChange((current) => ({ ...current, [field]: value }));
              }}
            />
            <FieldViolations id={`${id}-problems`} problems={fieldProblems} />
          </div>
        );
      })}
      <p className="field__hint composer-editor__wide">{t("composerProduct.hint")}</p>
    </div>
  );
}
