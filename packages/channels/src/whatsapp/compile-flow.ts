/** Compiles a neutral flow message into WhatsApp's interactive `flow` (A3.1). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkId } from "../limits/check-id.js";
import { checkEmoji } from "./check-emoji.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileFooter } from "./compile-footer.js";
import type { WhatsAppFlowParameters, WhatsAppInteractive } from "./compiled-body.js";
import {
  FLOW_CTA_MAX,
  FLOW_MESSAGE_VERSION,
  INTERACTIVE_BODY_MAX,
  INTERACTIVE_HEADER_TEXT_MAX,
} from "./whatsapp-limits.js";

type FlowMessage = MessageOf<"flow">;

/** Exactly one of `flowId` and `flowName` names the flow. */
function compileFlowRef(
  violations: LimitViolation[],
  message: FlowMessage,
): { flow_id: string } | { flow_name: string } {
  const { flowId, flowName } = message;
  if (flowId !== undefined && flowName !== undefined) {
    violations.push({
      path: "flowName",
      rule: "not_allowed",
      message: "flowName: not allowed together with flowId, WhatsApp takes one of them",
    });
  }
  if (flowId !== undefined) {
    checkId(violations, "flowId", flowId, { platform: "WhatsApp" });
    return { flow_id: flowId };
  }
  if (flowName !== undefined) {
    checkId(violations, "flowName", flowName, { platform: "WhatsApp" });
    return { flow_name: flowName };
  }
  violations.push({ path: "flowId", rule: "required", message: "flowId: required unless flowName is given" });
  return { flow_id: "" };
}

/** The first screen and its data, for `navigate` only; data needs a screen. */
function compileActionPayload(
  violations: LimitViolation[],
  message: FlowMessage,
): Pick<WhatsAppFlowParameters, "flow_action_payload"> {
  const screen = nonBlank(message.screen);
  const { data } = message;
  if (screen === undefined && data === undefined) return {};
  if (message.action === "data_exchange") {
    const given = [...(screen === undefined ? [] : ["screen"]), ...(data === undefined ? [] : ["data"])];
    for (const path of given) {
      violations.push({
        path,
        rule: "not_allowed",
        message: `${path}: WhatsApp takes a first screen and its data only with action "navigate"`,
      });
    }
    return {};
  }
  if (screen === undefined) {
    violations.push({ path: "screen", rule: "required", message: "screen: required when data is given" });
    return {};
  }
  checkId(violations, "screen", screen, { platform: "WhatsApp" });
  return { flow_action_payload: { screen, ...(data === undefined ? {} : { data }) } };
}

/**
 * Header text ≤60 (optional), body required ≤1024, footer ≤60, CTA required ≤30 without emoji, and the
 * flow named by exactly one of id and name. `mode` and `action` are sent only when set.
 */
export function compileFlow(violations: LimitViolation[], message: FlowMessage): WhatsAppInteractive {
  checkText(violations, "header", message.header, { max: INTERACTIVE_HEADER_TEXT_MAX });
  checkText(violations, "body", message.body, { required: true, max: INTERACTIVE_BODY_MAX });
  const footer = compileFooter(violations, message.footer);
  const flowRef = compileFlowRef(violations, message);
  checkText(violations, "cta", message.cta, { required: true, max: FLOW_CTA_MAX });
  checkEmoji(violations, "cta", message.cta, "none");
  const header = nonBlank(message.header);
  const token = nonBlank(message.flowToken);
  const parameters: WhatsAppFlowParameters = {
    flow_message_version: FLOW_MESSAGE_VERSION,
    ...flowRef,
    flow_cta: message.cta,
    ...(token === undefined ? {} : { flow_token: token }),
    ...(message.mode === undefined ? {} : { mode: message.mode }),
    ...(message.action === undefined ? {} : { flow_action: message.action }),
    ...compileActionPayload(violations, message),
  };
  return {
    type: "flow",
    ...(header === undefined ? {} : { header: { type: "text", text: header } }),
    body: { text: message.body },
    ...footer,
    action: { name: "flow", parameters },
  };
}
