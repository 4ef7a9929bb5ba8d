/** The URL button of `cta_url` messages and carousel cards. */
import { el, externalLink, isSafeUrl } from "./element.js";

/** A button-looking link that opens the URL in a new tab, like WhatsApp's CTA button. */
export function ctaLink(label: string | undefined, url: string | undefined): HTMLElement {
  const caption = label ?? "Open";
  if (url === undefined || !isSafeUrl(url)) {
    return el(
      "span",
      { class: "action-button action-button--link is-disabled", "data-testid": "cta-url" },
      caption,
    );
  }
  return externalLink(
    url,
    { class: "action-button action-button--link", "data-testid": "cta-url", title: url },
    caption,
  );
}
