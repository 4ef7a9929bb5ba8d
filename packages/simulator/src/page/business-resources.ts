/** Per-business caches of what the Graph API serves with the business's token: media and template definitions. */
import type { Business } from "./api.js";
import { downloadMedia, loadTemplateDefinitions, type TemplateDefinition } from "./graph-api.js";

export class BusinessResources {
  private readonly media = new Map<string, Promise<string | undefined>>();
  private templates: Promise<TemplateDefinition[]> | undefined;

  constructor(private readonly business: Business) {}

  get phoneNumberId(): string {
    return this.business.phoneNumberId;
  }

  /** False once the business was registered again with other details (such as a new token). */
  isFor(business: Business): boolean {
    return JSON.stringify(business) === JSON.stringify(this.business);
  }

  /** An object URL for an uploaded medium, fetched once. */
  mediaUrl(mediaId: string): Promise<string | undefined> {
    let url = this.media.get(mediaId);
    if (url === undefined) {
      const token = this.business.accessToken;
      url =
        token === undefined
          ? Promise.resolve(undefined)
          : downloadMedia(mediaId, token)
              .then((blob) => (blob === undefined ? undefined : URL.createObjectURL(blob)))
              .catch(() => undefined);
      this.media.set(mediaId, url);
    }
    return url;
  }

  /** The definition with this name, preferring the exact language. */
  async template(name: string, language: string): Promise<TemplateDefinition | undefined> {
    this.templates ??= loadTemplateDefinitions(this.business).catch(() => []);
    const named = (await this.templates).filter((t) => t.name === name);
    return named.find((t) => t.language === language) ?? named[0];
  }

  /** Template definitions changed (approved, edited): read them again next time. */
  forgetTemplates(): void {
    this.templates = undefined;
  }

  /** Frees the object URLs when the business is switched away from. */
  dispose(): void {
    for (const url of this.media.values()) {
      void url.then((href) => href !== undefined && URL.revokeObjectURL(href));
    }
    this.media.clear();
  }
}
