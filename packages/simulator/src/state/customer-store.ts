/** The simulated WhatsApp users ("customers") that chat with businesses from the phone page. */
import { z } from "zod";

export const customerInputSchema = z.strictObject({
  waId: z
    .string()
    .transform((value) => value.replace(/[\s\-()+]/g, ""))
    .pipe(z.string().regex(/^\d{6,15}$/, "must be a phone number with country code, 6–15 digits")),
  name: z.string().max(256),
});

export type Customer = z.infer<typeof customerInputSchema>;

export class CustomerStore {
  private readonly byWaId = new Map<string, Customer>();

  put(customer: Customer): Customer {
    this.byWaId.set(customer.waId, customer);
    return customer;
  }

  get(waId: string): Customer | undefined {
    return this.byWaId.get(waId);
  }

  /** The customer with this number, created nameless when a business writes to a new number first. */
  ensure(waId: string): Customer {
    return this.byWaId.get(waId) ?? this.put({ waId, name: "" });
  }

  list(): Customer[] {
    return [...this.byWaId.values()];
  }
}
