/**
 * A customer arriving on WhatsApp, Messenger or LINE with a web chat's "continue on" code: the code is
 * claimed once and the web chat contact and this one become one person. Runs in the inbound message's
 * transaction, whoever answers the message afterwards.
 */
import type { Transaction } from "kysely";
import type { InboundContent } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { PersonLinkRepository } from "../contacts/person-links.repository.js";
import { findContinueCode } from "./continue-code.js";
import type { ContinueCodeRepository } from "./continue-code.repository.js";

export class ContinueClaims {
  constructor(
    private readonly codes: ContinueCodeRepository,
    private readonly contacts: Pick<ContactRepository, "ensureKnown">,
    private readonly people: PersonLinkRepository,
  ) {}

  /**
   * Links `contactId` with the web chat visitor whose code the message (its text, or the `ref` it came
   * with) carries. True when a code was claimed.
   */
  async claimFromInbound(
    trx: Transaction<Database>,
    channelAccountId: string,
    contactId: string,
    content: InboundContent,
    ref: string | undefined,
  ): Promise<boolean> {
    const code =
      findContinueCode(ref) ?? findContinueCode(content.kind === "text" ? content.text : undefined);
    if (code === undefined) return false;
    const claim = await this.codes.claim(trx, code, channelAccountId, contactId, Date.now());
    if (claim === undefined) return false;
    const visitor = await this.contacts.ensureKnown(trx, claim.channelAccountId, {
      externalId: claim.visitorExternalId,
    });
    await this.people.link(trx, visitor.id, contactId);
    return true;
  }
}
