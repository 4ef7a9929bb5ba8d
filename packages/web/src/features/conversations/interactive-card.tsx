/** The frame of an interactive message: optional header, body, footer, then its buttons. */
import type { ReactNode } from "react";
import type { OutboundMessage } from "../../api/types";
import { MediaView } from "./media-view";

type Header = Extract<OutboundMessage, { kind: "choices" }>["header"];

interface InteractiveCardProps {
  header?: Header | string | undefined;
  body?: string | undefined;
  footer?: string | undefined;
  /** Buttons or rows under the body, divided from it like on the phone. */
  actions?: ReactNode;
  children?: ReactNode;
}

function HeaderView({ header }: { header: NonNullable<Header> | string }) {
  if (typeof header === "string") return <strong className="interactive__header">{header}</strong>;
  if (header.type === "text") return <strong className="interactive__header">{header.text}</strong>;
  const url = "url" in header.source ? header.source.url : undefined;
  return <MediaView mediaType={header.type} url={url} />;
}

export function InteractiveCard({ header, body, footer, actions, children }: InteractiveCardProps) {
  return (
    <div className="interactive">
      {header !== undefined && header !== "" && <HeaderView header={header} />}
      {body && <p className="text">{body}</p>}
      {children}
      {footer && <p className="interactive__footer">{footer}</p>}
      {actions && <div className="interactive__actions">{actions}</div>}
    </div>
  );
}

/** One button as the customer sees it (not clickable here). */
export function ActionButton({ icon, children }: { icon?: string; children: ReactNode }) {
  return (
    <span className="action-button">
      {icon && <span aria-hidden="true">{icon} </span>}
      {children}
    </span>
  );
}
