/** One ref link: its code, module, tags and entries, the wa.me URL to copy, and its QR code to download. */
import { refLinkQrUrl } from "../../../api/automation-api";
import type { RefLink } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { loadToken } from "../../auth/token-storage";
import { CopyField } from "../../channel-accounts/copy-field";
import { EditDeleteButtons } from "../edit-delete-buttons";

const qrDownloads: { format: "png" | "svg"; label: MessageKey }[] = [
  { format: "png", label: "automation.downloadPng" },
  { format: "svg", label: "automation.downloadSvg" },
];

interface RefLinkCardProps {
  link: RefLink;
  onEdit(): void;
  onDelete(): Promise<void>;
}

export function RefLinkCard({ link, onEdit, onDelete }: RefLinkCardProps) {
  const { t } = useI18n();
  const token = loadToken();
  return (
    <li
      className="automation-item ref-link"
      data-testid="ref-link"
      data-ref-link-id={link.id}
      data-code={link.code}
    >
      <img
        className="ref-link__qr"
        src={refLinkQrUrl(link.id, "svg", token)}
        alt={t("automation.qrAlt", { name: link.name })}
        width={144}
        height={144}
        data-testid={`ref-link-qr-${link.id}`}
      />
      <div className="automation-item__main">
        <header className="automation-item__header">
          <h3>{link.name}</h3>
          <span className="entry-count" data-testid={`ref-link-entries-${link.id}`}>
            {t("automation.entries", { n: link.entries })}
          </span>
        </header>
        <dl className="facts">
          <dt>{t("automation.linkCode")}</dt>
          <dd>
            <code>{link.code}</code>
          </dd>
          <dt>{t("automation.moduleId")}</dt>
          <dd>
            <code>{link.moduleId}</code>
          </dd>
          <dt>{t("automation.linkTags")}</dt>
          <dd className="tag-list">
            {link.tags.length === 0
              ? t("automation.noTags")
              : link.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
          </dd>
        </dl>
        <CopyField label={t("automation.linkUrl")} value={link.url} testId={`ref-link-url-${link.id}`} />
        <div className="automation-item__actions">
          {qrDownloads.map(({ format, label }) => (
            <a
              key={format}
              className="button"
              href={refLinkQrUrl(link.id, format, token, true)}
              download={`${link.code}.${format}`}
              data-testid={`ref-link-qr-${format}-${link.id}`}
            >
              {t(label)}
            </a>
          ))}
          <EditDeleteButtons testIdPrefix="ref-link" item={link} onEdit={onEdit} onDelete={onDelete} />
        </div>
      </div>
    </li>
  );
}
