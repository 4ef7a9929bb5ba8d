/** Media bubbles from a Graph API media object `{ id | link, caption?, filename? }`. */
import { el, externalLink, isSafeUrl } from "./element.js";
import { formatText } from "./format-text.js";
import { type Fields, text } from "./payload-fields.js";
import type { RenderContext } from "./render-context.js";

export type MediaKind = "image" | "video" | "audio" | "document" | "sticker";

const MEDIA_KINDS: readonly string[] = ["image", "video", "audio", "document", "sticker"];
const ICONS: Record<MediaKind, string> = {
  image: "🖼",
  video: "🎬",
  audio: "🎵",
  document: "📄",
  sticker: "💟",
};
const LABELS: Record<MediaKind, string> = {
  image: "Photo",
  video: "Video",
  audio: "Audio",
  document: "Document",
  sticker: "Sticker",
};

export function isMediaKind(type: string): type is MediaKind {
  return MEDIA_KINDS.includes(type);
}

/** The medium (loaded as soon as its URL is known) followed by its caption. */
export function renderMedia(kind: MediaKind, media: Fields, ctx: RenderContext): HTMLElement {
  const wrapper = el("div", { class: `media media--${kind}`, "data-testid": `media-${kind}` });
  const caption = text(media.caption);
  if (kind === "document") {
    wrapper.append(renderDocument(media, ctx));
  } else {
    const slot = el("div", { class: "media-slot" }, placeholder(kind, sourceHint(media)));
    wrapper.append(slot);
    void sourceOf(media, ctx).then((src) => {
      if (src === undefined) return;
      const failed = () => slot.replaceChildren(placeholder(kind, `${sourceHint(media)} · could not load`));
      slot.replaceChildren(player(kind, src, failed));
    });
  }
  if (caption !== undefined && caption !== "")
    wrapper.append(el("div", { class: "caption" }, formatText(caption)));
  return wrapper;
}

/** A one-line description, for quotes and previews. */
export function mediaSummary(kind: MediaKind, media: Fields): string {
  const detail = text(media.caption) ?? (kind === "document" ? text(media.filename) : undefined);
  return `${ICONS[kind]} ${detail !== undefined && detail !== "" ? detail : LABELS[kind]}`;
}

function renderDocument(media: Fields, ctx: RenderContext): HTMLElement {
  const filename = text(media.filename) ?? "Document";
  const extension = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toUpperCase() ?? "FILE";
  const chip = el(
    "div",
    { class: "file-chip", "data-testid": "document-chip" },
    el("span", { class: "file-chip__icon", "aria-hidden": "true" }, ICONS.document),
    el(
      "span",
      { class: "file-chip__text" },
      el("span", { class: "file-chip__name" }, filename),
      el("span", { class: "file-chip__meta" }, `${extension} · ${sourceHint(media)}`),
    ),
  );
  void sourceOf(media, ctx).then((src) => {
    if (src === undefined) return;
    chip.append(externalLink(src, { class: "file-chip__open", download: filename }, "Open"));
  });
  return chip;
}

function player(kind: Exclude<MediaKind, "document">, src: string, onError: () => void): HTMLElement {
  let element: HTMLImageElement | HTMLVideoElement | HTMLAudioElement;
  if (kind === "video") element = el("video", { controls: "", preload: "metadata", src });
  else if (kind === "audio") element = el("audio", { controls: "", preload: "metadata", src });
  else element = el("img", { src, alt: LABELS[kind], loading: "lazy" });
  element.addEventListener("error", onError, { once: true });
  return element;
}

function placeholder(kind: MediaKind, hint: string): HTMLElement {
  return el(
    "div",
    { class: "media-placeholder", role: "img", "aria-label": LABELS[kind] },
    el("span", { class: "media-placeholder__icon", "aria-hidden": "true" }, ICONS[kind]),
    el("span", { class: "media-placeholder__hint" }, hint),
  );
}

function sourceHint(media: Fields): string {
  const link = text(media.link);
  if (link !== undefined) {
    try {
      return new URL(link).hostname || "unsupported link";
    } catch {
      return link;
    }
  }
  const id = text(media.id);
  return id === undefined ? "no source" : `media ${id}`;
}

async function sourceOf(media: Fields, ctx: RenderContext): Promise<string | undefined> {
  const link = text(media.link);
  if (link !== undefined) return isSafeUrl(link) ? link : undefined;
  const id = text(media.id);
  return id === undefined ? undefined : ctx.mediaUrl(id);
}
