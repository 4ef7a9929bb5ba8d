/** Switchboard's domain words and ports: the neutral message, events, errors and policy decisions. No I/O. */
export * from "./result.js";
export * from "./errors/app-error.js";
export * from "./message/limit-violation.js";
export * from "./message/outbound-message.js";
export * from "./message/inbound-event.js";
export * from "./message/message-status.js";
export * from "./policy/customer-service-window.js";
export * from "./ports/channel.js";
export * from "./ports/clock.js";
export * from "./policy/send-decision.js";
export * from "./policy/send-policy-settings.js";
export * from "./policy/decide-send.js";
export * from "./policy/channel-window.js";
export * from "./policy/frequency-cap.js";
export * from "./policy/quiet-hours.js";
export * from "./policy/wall-clock.js";
export * from "./policy/opt-out-keywords.js";
