/** The file of a `media` message: its kind, public URL and (documents) file name; the caption is the main input. */
import type { LimitViolation } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "./field-violations";
import { MEDIA_TYPES, type ComposerMediaType, type MediaDraft } from "./media-draft";
import type { FieldKey } from "./violation-path";

interface MediaEditorProps {
  draft: MediaDraft;
  problems: ReadonlyMap<FieldKey, LimitViolation[]>;
  onChange(update: (draft: MediaDraft) => MediaDraft): void;
}

const typeKeys: Record<ComposerMediaType, MessageKey> = {
  image: "composerMedia.typeImage",
  video: "composerMedia.typeVideo",
  audio: "composerMedia.typeAudio",
  document: "composerMedia.typeDocument",
};

export function MediaEditor({ draft, problems, onChange }: MediaEditorProps) {
  const { t } = useI18n();
  const urlProblems = problems.get("source");
  return (
    <div className="composer-editor" data-testid="media-editor">
      <div className="field composer-editor__narrow">
        <label className="field__label" htmlFor="media-type">
          {t("composerMedia.type")}
        </label>
        <select
          id="media-type"
          data-testid="media-type"
          value={draft.mediaType}
          aria-invalid={problems.has("mediaType")}
          onChange={(event) => {
            const mediaType = MEDIA_TYPES.find((candidate) => candidate === event.target.value);
            if (mediaType) onChange((current) => ({ ...current, mediaType }));
          }}
        >
          {MEDIA_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(typeKeys[type])}
            </option>
          ))}
        </select>
        <FieldViolations problems={problems.get("mediaType")} />
      </div>
      <div className="field composer-editor__wide">
        <label className="field__label" htmlFor="media-url">
          {t("composerMedia.url")}
        </label>
        <input
          id="media-url"
          data-testid="media-url"
          type="url"
          inputMode="url"
          value={draft.url}
          placeholder="https://…"
          aria-invalid={urlProblems !== undefined}
          aria-describedby={urlProblems ? "media-url-problems" : "media-url-hint"}
          onChange={(event) => {
            const url = event.target.value;
            onChange((current) => ({ ...current, url }));
          }}
        />
        <span className="field__hint" id="media-url-hint">
          {t("composerMedia.urlHint")}
        </span>
        <FieldViolations id="media-url-problems" problems={urlProblems} />
      </div>
      {draft.mediaType === "document" && (
        <div className="field composer-editor__wide">
          <label className="field__label" htmlFor="media-filename">
            {t("composerMedia.filename")}
          </label>
          <input
            id="media-filename"
            data-testid="media-filename"
            value={draft.filename}
            placeholder={t("composerMedia.filenamePlaceholder")}
            aria-invalid={problems.has("filename")}
            onChange={(event) => {
              const filename = event.target.value;
              onChange((current) => ({ ...current, filename }));
            }}
          />
          <FieldViolations problems={problems.get("filename")} />
        </div>
      )}
    </div>
  );
}
