/**
 * The node's messages as each channel receives them: a tab per channel; WhatsApp shows the phone preview,
 * Messenger, Instagram, LINE and web chat the native payload the server compiled, and every channel its
 * problems.
 */
import { useState } from "react";
import type { MessageCheckResult } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { PhonePreview } from "../messages/phone-preview";
import { PREVIEW_CHANNELS, type LiveCheck, type PreviewChannel } from "../messages/use-message-checks";
import type { NodeMessage } from "../node-messages";
import { linePreview } from "./line-preview";
import { messengerPreview } from "./messenger-preview";
import { webchatPreview } from "./webchat-preview";
import { whatsAppPreview } from "./whatsapp-preview";
import { NativeBubbles } from "./native-bubbles";
import type { PreviewBubble } from "./preview-model";

interface ChannelPreviewProps {
  botName: string;
  messages: readonly NodeMessage[];
  check: LiveCheck;
}

/** Pure: a channel's compiled payload → bubbles. */
function bubblesOf(channel: PreviewChannel, payload: unknown): PreviewBubble[] {
  if (channel === "whatsapp") return whatsAppPreview(payload);
  if (channel === "webchat") return webchatPreview(payload);
  return channel === "line" ? linePreview(payload) : messengerPreview(payload);
}

/** WhatsApp is drawn from the neutral message, except a carousel, whose form there depends on its fallback. */
const drawsNeutral = (channel: PreviewChannel, messages: readonly NodeMessage[]) =>
  channel === "whatsapp" && messages.every((item) => item.message.kind !== "carousel");

const resultFor = (check: LiveCheck, index: number, channel: PreviewChannel) =>
  check.results[index]?.find((result) => result.channel === channel);

export function ChannelPreview({ botName, messages, check }: ChannelPreviewProps) {
  const { t } = useI18n();
  const [channel, setChannel] = useState<PreviewChannel>("whatsapp");
  const results = messages.map((_, index) => resultFor(check, index, channel));
  const problems = results.flatMap((result) => (result === undefined || result.ok ? [] : result.violations));
  const name = t(`channel.${channel}`);
  return (
    <div className="channel-preview" data-testid="channel-preview" data-channel={channel}>
      <div className="channel-preview__tabs" role="tablist" aria-label={t("channelPreview.tabs")}>
        {PREVIEW_CHANNELS.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            aria-selected={item === channel}
            className="channel-preview__tab"
            data-testid={`preview-channel-${item}`}
            data-problems={countProblems(check, messages.length, item)}
            onClick={() => setChannel(item)}
          >
            {t(`channel.${item}`)}
          </button>
        ))}
      </div>
      {problems.length > 0 && (
        <div className="channel-preview__problems" role="status" data-testid="channel-preview-problems">
          <p>{t("channelPreview.problems", { channel: name })}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index} data-testid="channel-preview-problem">
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {drawsNeutral(channel, messages) ? (
        <PhonePreview botName={botName} messages={messages} />
      ) : (
        <NativePhone botName={botName} channel={channel} results={results} check={check} />
      )}
    </div>
  );
}

function countProblems(check: LiveCheck, count: number, channel: PreviewChannel): number {
  let total = 0;
  for (let index = 0; index < count; index += 1)
    total += resultFor(check, index, channel)?.violations.length ?? 0;
  return total;
}

interface NativePhoneProps {
  botName: string;
  channel: PreviewChannel;
  results: (MessageCheckResult | undefined)[];
  check: LiveCheck;
}

function NativePhone({ botName, channel, results, check }: NativePhoneProps) {
  const { t } = useI18n();
  const name = t(`channel.${channel}`);
  const waiting =
    check.state === "unavailable"
      ? t("channelPreview.unavailable")
      : t("channelPreview.checking", { channel: name });
  return (
    <figure className={`phone phone--${channel}`} data-testid="channel-native-preview" data-channel={channel}>
      <div className="phone__bar">
        <span className="phone__avatar" aria-hidden="true" />
        <span className="phone__name">{botName}</span>
      </div>
      <div className="phone__chat">
        {results.map((result, index) =>
          result === undefined ? (
            <p key={index} className="phone__note">
              {waiting}
            </p>
          ) : result.ok ? (
            <NativeBubbles key={index} bubbles={bubblesOf(channel, result.payload)} />
          ) : null,
        )}
      </div>
      <figcaption className="phone__caption">{t("channelPreview.caption", { channel: name })}</figcaption>
    </figure>
  );
}
