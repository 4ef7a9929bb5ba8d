/**
 * The widget's visitors: a browser starts or resumes a session with its opaque token; a website that
 * vouches for its signed-in user (HMAC of the user id with the account's secret) makes the browser speak
 * as that user on every device, joining the browser's earlier anonymous identity to the same person.
 */
import { isWebchatUserIdSignatureValid } from "@switchboard/channels";
import { AppError } from "@switchboard/core";
import type { GroupCommit } from "../../db/group-commit.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { PersonLinkRepository } from "../contacts/person-links.repository.js";
import { newVisitorExternalId, newVisitorToken, userExternalId } from "./webchat-visitor.repository.js";
import type { WebchatVisitor, WebchatVisitorRepository } from "./webchat-visitor.repository.js";

export interface SessionRequest {
  visitorToken?: string | undefined;
  userId?: string | undefined;
  userSignature?: string | undefined;
}

export interface Session {
  visitorToken: string;
  visitor: WebchatVisitor;
}

export interface WebchatSessionsDeps {
  accounts: Pick<ChannelAccountRepository, "findByExternalId">;
  visitors: WebchatVisitorRepository;
  contacts: Pick<ContactRepository, "findByExternalId" | "ensureKnown">;
  people: PersonLinkRepository;
  groupCommit: GroupCommit;
}

export class WebchatSessions {
  constructor(private readonly deps: WebchatSessionsDeps) {}

  /** The web chat account with this public widget key; 404 naming the key otherwise. */
  async account(widgetKey: string): Promise<ChannelAccountWithSecrets> {
    const account = await this.deps.accounts.findByExternalId("webchat", widgetKey);
    if (account === undefined)
      throw new AppError("not_found", 404, `key: no web chat has the widget key ${widgetKey}`, {
        path: "key",
      });
    return account;
  }

  /** The visitor a token belongs to on this account; 401 naming the token otherwise. */
  async visitor(account: ChannelAccountWithSecrets, token: string | undefined): Promise<WebchatVisitor> {
    const visitor = token === undefined ? undefined : await this.deps.visitors.findByToken(account.id, token);
    if (visitor === undefined)
      throw new AppError("unauthorized", 401, "visitor: unknown visitor token; start a session first", {
        path: "visitor",
      });
    return visitor;
  }

  async start(account: ChannelAccountWithSecrets, request: SessionRequest): Promise<Session> {
    const userId = this.verifiedUser(account, request);
    const known =
      request.visitorToken === undefined
        ? undefined
        : await this.deps.visitors.findByToken(account.id, request.visitorToken);
    // A page without a signed-in user never resumes a signed-in browser: it may be someone else now.
    if (
      known === undefined ||
      request.visitorToken === undefined ||
      (userId === null && known.userId !== null)
    ) {
      const token = newVisitorToken();
      const externalId = userId === null ? newVisitorExternalId() : userExternalId(userId);
      return {
        visitorToken: token,
        visitor: await this.deps.visitors.create(account.id, token, externalId, userId),
      };
    }
    if (userId === null || known.userId === userId)
      return { visitorToken: request.visitorToken, visitor: known };
    const externalId = userExternalId(userId);
    await this.joinEarlierIdentity(account.id, known.externalId, externalId);
    await this.deps.visitors.bind(known.id, externalId, userId);
    return { visitorToken: request.visitorToken, visitor: { ...known, externalId, userId } };
  }

  /** The signed-in user id the site vouched for, null when it named none; 401 for a wrong signature. */
  private verifiedUser(account: ChannelAccountWithSecrets, request: SessionRequest): string | null {
    if (request.userId === undefined) return null;
    const signature = request.userSignature ?? "";
    if (!isWebchatUserIdSignatureValid(request.userId, signature, account.secrets.appSecret))
      throw new AppError(
        "bad_signature",
        401,
        "userSignature: is not the HMAC-SHA256 (hex) of userId with the web chat's identity secret",
        { path: "userSignature" },
      );
    return request.userId;
  }

  /** The browser wrote before signing in: that contact and the user's become one person. */
  private async joinEarlierIdentity(accountId: string, earlier: string, user: string): Promise<void> {
    await this.deps.groupCommit.run(async (trx) => {
      const before = await this.deps.contacts.findByExternalId(trx, accountId, earlier);
      if (before === undefined) return;
      const after = await this.deps.contacts.ensureKnown(trx, accountId, { externalId: user });
      await this.deps.people.link(trx, before.id, after.id);
    });
  }
}
