/** A photo, video, audio, document or sticker: shown when its URL loads, else a labelled placeholder. */
import { useState } from "react";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";

type MediaType = "image" | "video" | "audio" | "document" | "sticker";

const icons: Record<MediaType, string> = {
  image: "🖼",
  video: "🎬",
  audio: "🎧",
  document: "📄",
  sticker: "🏷",
};
const labels: Record<MediaType, MessageKey> = {
  image: "content.image",
  video: "content.video",
  audio: "content.audio",
  document: "content.document",
  sticker: "content.sticker",
};

interface MediaViewProps {
  mediaType: MediaType;
  /** Only a public URL can be shown; platform media ids need the platform's token. */
  url?: string | undefined;
  caption?: string | undefined;
  filename?: string | undefined;
  voice?: boolean | undefined;
}

export function MediaView({ mediaType, url, caption, filename, voice }: MediaViewProps) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  const label = voice ? t("content.voice") : t(labels[mediaType]);
  const showImage = url !== undefined && !broken && (mediaType === "image" || mediaType === "sticker");

  return (
    <figure className={`media media--${mediaType}`}>
      {showImage ? (
        <img
          className="media__image"
          src={url}
          alt={caption ?? label}
          loading="lazy"
          onError={() => setBroken(true)}
        />
      ) : url !== undefined && !broken && mediaType === "video" ? (
        <video
          className="media__image"
          src={url}
          controls
          preload="metadata"
          onError={() => setBroken(true)}
        />
      ) : (
        <div className="media__placeholder">
          <span className="media__icon" aria-hidden="true">
            {voice ? "🎤" : icons[mediaType]}
          </span>
          <span className="media__label">
            {label}
            {filename && <span className="media__filename">{filename}</span>}
          </span>
          {url !== undefined && (
            <a className="media__open" href={url} target="_blank" rel="noreferrer">
              ↗
            </a>
          )}
        </div>
      )}
      {caption && <figcaption className="text">{caption}</figcaption>}
    </figure>
  );
}
