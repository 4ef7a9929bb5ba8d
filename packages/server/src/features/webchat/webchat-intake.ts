/**
 * Hands visitor actions to the inbound pipeline exactly like a platform's webhook: a web chat body signed
 * with the account's secret goes through the same intake (stored once under its key, processed by the
 * worker, answered by the bot), so web chat needs no path of its own.
 */
import { signWebchatBody, WEBCHAT_OBJECT } from "@switchboard/channels";
import type { WebchatEntry } from "@switchboard/channels";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { IntakeResult, WebhookIntakeService } from "../inbound/webhook-intake.service.js";

export class WebchatIntake {
  constructor(
    private readonly intake: Pick<WebhookIntakeService, "accept">,
    private readonly driver: ChannelDriver,
  ) {}

  async post(account: ChannelAccountWithSecrets, entries: WebchatEntry[]): Promise<IntakeResult> {
    const raw = Buffer.from(JSON.stringify({ object: WEBCHAT_OBJECT, entry: entries }), "utf8");
    const signature = signWebchatBody(raw, account.secrets.appSecret);
    return this.intake.accept(this.driver, raw, { "x-webchat-signature": signature });
  }
}
