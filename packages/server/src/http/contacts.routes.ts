/** /api/v1/contacts: the people who wrote to the business. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ContactRepository } from "../features/contacts/contact.repository.js";
import type { PersonLinkRepository } from "../features/contacts/person-links.repository.js";
import { ContactView, IdParams, PageQuery } from "./api-schemas.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

/** One channel identity of the contact's person (web chat, WhatsApp, Messenger, LINE…). */
const IdentityView = z.object({
  contactId: z.string(),
  channel: z.string(),
  channelAccountId: z.string(),
  channelAccountName: z.string(),
  externalId: z.string(),
  displayName: z.string().nullable(),
});

export function registerContactRoutes(
  routes: RouteRegistry,
  contacts: ContactRepository,
  people?: PersonLinkRepository,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/contacts",
    summary: "List contacts, newest first",
    params: none,
    body: none,
    tag: "Contacts",
    query: PageQuery,
    response: z.object({ items: z.array(ContactView), nextCursor: z.string().nullable() }),
    handler: async ({ query }) => contacts.list(query.limit, query.cursor),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/contacts/:id",
    summary: "Get a contact",
    query: none,
    body: none,
    tag: "Contacts",
    params: IdParams,
    response: z.object({
      contact: ContactView.extend({
        personId: z.string().describe("The person's first contact; the same for all their identities"),
        identities: z.array(IdentityView).describe("The person's other channel identities"),
      }),
    }),
    handler: async ({ params }) => {
      const contact = await contacts.get(params.id);
      if (contact === undefined) throw new AppError("not_found", 404, `contact ${params.id} does not exist`);
      const identities = (await people?.identities(contact.id)) ?? [];
      const personId = (await people?.personId(contact.id)) ?? contact.id;
      return {
        contact: { ...contact, personId, identities: identities.filter((i) => i.contactId !== contact.id) },
      };
    },
  });
}
