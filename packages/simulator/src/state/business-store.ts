/** The WhatsApp business phone numbers the simulator serves, each with its token, app secret and webhook. */
import { z } from "zod";

export const businessInputSchema = z.strictObject({
  phoneNumberId: z.string().regex(/^\d{1,32}$/, "must be digits"),
  wabaId: z.string().regex(/^\d{1,32}$/, "must be digits"),
  displayPhoneNumber: z.string().regex(/^\+?[\d\s\-()]{6,24}$/, "must be a phone number"),
  name: z.string().min(1).max(256),
  accessToken: z.string().min(1).max(4096),
  appSecret: z.string().min(1).max(1024),
  webhookUrl: z.url({ protocol: /^https?$/ }),
  verifyToken: z.string().max(1024),
});

export type Business = z.infer<typeof businessInputSchema>;

/** What the control API shows: no app secret or verify token (the page needs the token for media). */
export type PublicBusiness = Omit<Business, "appSecret" | "verifyToken">;

export function publicBusiness(business: Business): PublicBusiness {
  const { appSecret: _secret, verifyToken: _verify, ...shown } = business;
  return shown;
}

/** Digits only, as Meta writes `display_phone_number` in webhooks. */
export function displayDigits(business: Business): string {
  return business.displayPhoneNumber.replace(/\D/g, "");
}

export class BusinessStore {
  private readonly byPhoneNumberId = new Map<string, Business>();

  /** Adds a business or replaces the one with the same phone number id. */
  put(business: Business): void {
    this.byPhoneNumberId.set(business.phoneNumberId, business);
  }

  get(phoneNumberId: string): Business | undefined {
    return this.byPhoneNumberId.get(phoneNumberId);
  }

  list(): Business[] {
    return [...this.byPhoneNumberId.values()];
  }

  /** Every phone number of one WhatsApp Business Account. */
  inWaba(wabaId: string): Business[] {
    return this.list().filter((business) => business.wabaId === wabaId);
  }

  /** True when some business uses this token (it is valid, only not for the object asked for). */
  knowsToken(token: string): boolean {
    return this.list().some((business) => business.accessToken === token);
  }
}
