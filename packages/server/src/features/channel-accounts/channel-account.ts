/**
 * A business's account on one messaging platform: a WhatsApp phone number, a Facebook Page, an Instagram
 * professional account, a LINE channel (one bot) or a web chat widget on the brand's own website.
 */
import { z } from "zod";

/** A website origin: scheme, host and optional port, nothing after. */
export const WebOriginSchema = z
  .string()
  .regex(
    /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/,
    "must be an origin like https://shop.example.com (no path)",
  );

export const ChannelAccountSettingsSchema = z
  .object({
    /** WhatsApp Business Account id (templates live there). */
    wabaId: z.string().min(1).optional(),
    /** The number customers see, digits with country code (used for wa.me links). */
    displayPhoneNumber: z.string().min(1).optional(),
    /** The Facebook Page's username (used for m.me links). */
    pageUsername: z.string().min(1).optional(),
    /** The Instagram account's username (used for ig.me links). */
    instagramUsername: z.string().min(1).optional(),
    /** The LINE bot's basic id, `@` and letters or digits (used for line.me links). */
    lineBasicId: z.string().min(1).optional(),
    /** Web chat: the website origins (`https://shop.example.com`) the widget may be embedded on. */
    allowedOrigins: z.array(WebOriginSchema).max(20).optional(),
    /** Web chat: the accounts the widget offers "continue on …" links to (WhatsApp, Messenger, LINE…). */
    continueOnAccountIds: z.array(z.string().min(1).max(64)).max(5).optional(),
  })
  .strict();
export type ChannelAccountSettings = z.infer<typeof ChannelAccountSettingsSchema>;

export const ChannelSecretsSchema = z
  .object({
    /** System-user token for the Graph API, Page access token (Messenger, Instagram) or LINE channel access token. */
    accessToken: z.string().min(1),
    /** Signs webhooks: the Meta app secret (`X-Hub-Signature-256`) or the LINE channel secret (`X-Line-Signature`). */
    appSecret: z.string().min(1),
    /** Token Meta echoes in the webhook handshake; required for Meta's channels, empty on LINE (no handshake). */
    verifyToken: z.string().default(""),
  })
  .strict();
export type ChannelSecrets = z.infer<typeof ChannelSecretsSchema>;

export const ChannelKindSchema = z.enum(["whatsapp", "messenger", "instagram", "line", "webchat"]);
export type ChannelAccountKind = z.infer<typeof ChannelKindSchema>;

/** Meta's channels: their webhooks start with the `hub.verify_token` handshake. */
export const META_CHANNELS: ReadonlySet<ChannelAccountKind> = new Set(["whatsapp", "messenger", "instagram"]);

export interface ChannelAccount {
  id: string;
  channel: z.infer<typeof ChannelKindSchema>;
  name: string;
  externalId: string;
  settings: ChannelAccountSettings;
  createdAt: number;
  updatedAt: number;
}

/** The account with its decrypted secrets: for the server's own use, never for an API answer. */
export interface ChannelAccountWithSecrets extends ChannelAccount {
  secrets: ChannelSecrets;
}
