/** Wires the web chat's parts from the shared repositories, the inbound intake and the event bus. */
import type { GroupCommit } from "../../db/group-commit.js";
import type { EventBus } from "../../events/event-bus.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { PersonLinkRepository } from "../contacts/person-links.repository.js";
import type { WebhookIntakeService } from "../inbound/webhook-intake.service.js";
import type { ContinueCodeRepository } from "./continue-code.repository.js";
import { ContinueLinks } from "./continue-links.js";
import { SendRate } from "./send-rate.js";
import { WebchatIntake } from "./webchat-intake.js";
import { WebchatLive } from "./webchat-live.js";
import { WebchatSessions } from "./webchat-sessions.js";
import type { WebchatThreadRepository } from "./webchat-thread.repository.js";
import type { WebchatVisitorRepository } from "./webchat-visitor.repository.js";

export interface WebchatInputs {
  groupCommit: GroupCommit;
  changeEvents: EventBus;
  drivers: ReadonlyMap<string, ChannelDriver>;
  intake: Pick<WebhookIntakeService, "accept">;
  repos: {
    accounts: ChannelAccountRepository;
    contacts: ContactRepository;
    personLinks: PersonLinkRepository;
    continueCodes: ContinueCodeRepository;
    webchatVisitors: WebchatVisitorRepository;
    webchatThread: WebchatThreadRepository;
  };
}

export type Webchat = ReturnType<typeof createWebchat>;

export function createWebchat(inputs: WebchatInputs) {
  const { repos } = inputs;
  const driver = inputs.drivers.get("webchat");
  if (driver === undefined) throw new Error("drivers: the web chat driver is missing");
  return {
    sessions: new WebchatSessions({
      accounts: repos.accounts,
      visitors: repos.webchatVisitors,
      contacts: repos.contacts,
      people: repos.personLinks,
      groupCommit: inputs.groupCommit,
    }),
    thread: repos.webchatThread,
    intake: new WebchatIntake(inputs.intake, driver),
    links: new ContinueLinks(repos.accounts, repos.continueCodes),
    live: new WebchatLive(inputs.changeEvents, repos.webchatThread),
    // A person types at most a message every few seconds; a burst covers quick taps.
    sendRate: new SendRate({ burst: 10, perMinute: 20 }),
  };
}
