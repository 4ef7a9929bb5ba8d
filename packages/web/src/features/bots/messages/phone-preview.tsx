/** How the customer sees a node's messages: bubbles in a phone-like chat, retry messages marked. */
import type { OutboundMessage } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { OutboundContentView } from "../../conversations/outbound-content-view";
import type { NodeMessage } from "../node-messages";
import { ChoicesPhonePreview } from "./choices-phone-preview";

function Content({ message }: { message: OutboundMessage }) {
  if (message.kind === "choices") return <ChoicesPhonePreview message={message} />;
  if (message.kind === "text" && message.text === "") return <p className="text muted">…</p>;
  return <OutboundContentView content={message} />;
}

interface PhonePreviewProps {
  botName: string;
  messages: readonly NodeMessage[];
}

export function PhonePreview({ botName, messages }: PhonePreviewProps) {
  const { t } = useI18n();
  return (
    <figure className="phone" data-testid="node-preview" aria-label={t("botEditor.preview")}>
      <div className="phone__bar">
        <span className="phone__avatar" aria-hidden="true" />
        <span className="phone__name">{botName}</span>
      </div>
      <div className="phone__chat">
        {messages.map((item, index) => (
          <div key={index} className="phone__item">
            {item.role === "retry" && <span className="phone__note">{t("botEditor.previewRetry")}</span>}
            <div
              className="message message--outbound message--bot phone__bubble"
              data-kind={item.message.kind}
            >
              <div className="message__content">
                <Content message={item.message} />
              </div>
            </div>
          </div>
        ))}
      </div>
      <figcaption className="phone__caption">{t("botEditor.previewCaption")}</figcaption>
    </figure>
  );
}
