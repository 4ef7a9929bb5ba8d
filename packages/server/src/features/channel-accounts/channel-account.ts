/** A business's account on one messaging platform (for WhatsApp: one phone number). */
import { z } from "zod";

export const ChannelAccountSettingsSchema = z
  .object({
    /** WhatsApp Business Account id (templates live there). */
    wabaId: z.string().min(1).optional(),
    /** The number customers see, digits with country code (used for wa.me links). */
    displayPhoneNumber: z.string().min(1).optional(),
  })
  .strict();
export type ChannelAccountSettings = z.infer<typeof ChannelAccountSettingsSchema>;

export const ChannelSecretsSchema = z
  .object({
    /** System-user token for the Graph API. */
    accessToken: z.string().min(1),
    /** Meta app secret: signs webhooks (`X-Hub-Signature-256`). */
    appSecret: z.string().min(1),
    /** Token Meta echoes in the webhook handshake. */
    verifyToken: z.string().min(1),
  })
  .strict();
export type ChannelSecrets = z.infer<typeof ChannelSecretsSchema>;

export const ChannelKindSchema = z.enum(["whatsapp"]);

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
