/** Rules for conversational interactive messages (PLATFORMS.md A3.1): buttons, lists, CTA URL, location request, flows. */
import { z } from "zod";
import {
  httpUrl,
  upTo,
  issue,
  text,
  textHeader,
  textObject,
  textOrMediaHeader,
  uniqueValues,
} from "./field-rules.js";

const button = z.strictObject({
  type: z.literal("button"),
  header: textOrMediaHeader.optional(),
  body: textObject(1024),
  footer: textObject(60).optional(),
  action: z.strictObject({
    buttons: z
      .array(
        z.strictObject({
          type: z.literal("reply"),
          reply: z.strictObject({ id: text(256), title: text(20) }),
        }),
      )
      .min(1)
      .max(3),
  }),
});

const list = z
  .strictObject({
    type: z.literal("list"),
    header: textHeader.optional(),
    body: textObject(4096),
    footer: textObject(60).optional(),
    action: z.strictObject({
      button: text(20),
      sections: z
        .array(
          z.strictObject({
            title: text(24).optional(),
            rows: z
              .array(
                z.strictObject({
                  id: text(200),
                  title: text(24),
                  description: upTo(72).optional(),
                }),
              )
              .min(1),
          }),
        )
        .min(1)
        .max(10),
    }),
  })
  .superRefine((message, ctx) => {
    const sections = message.action.sections;
    const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
    if (total > 10) {
      issue(
        ctx,
        131009,
        ["action", "sections"],
        `${total} rows in total across all sections, WhatsApp allows 10`,
      );
    }
    if (sections.length > 1) {
      sections.forEach((section, index) => {
        if (section.title === undefined) {
          issue(
            ctx,
            131008,
            ["action", "sections", index, "title"],
            "is required when there is more than one section",
          );
        }
      });
    }
    const ids = sections.flatMap((section, s) =>
      section.rows.map((row, r) => ({ value: row.id, path: ["action", "sections", s, "rows", r, "id"] })),
    );
    uniqueValues(ctx, ids, "row id");
  });

const ctaUrl = z.strictObject({
  type: z.literal("cta_url"),
  header: textOrMediaHeader.optional(),
  body: textObject(1024),
  footer: textObject(60).optional(),
  action: z.strictObject({
    name: z.literal("cta_url"),
    parameters: z.strictObject({ display_text: text(20), url: httpUrl }),
  }),
});

const locationRequest = z.strictObject({
  type: z.literal("location_request_message"),
  body: textObject(1024),
  action: z.strictObject({ name: z.literal("send_location") }),
});

const flow = z.strictObject({
  type: z.literal("flow"),
  header: textHeader.optional(),
  body: textObject(1024),
  footer: textObject(60).optional(),
  action: z.strictObject({
    name: z.literal("flow"),
    parameters: z
      .strictObject({
        flow_message_version: z.literal("3"),
        flow_id: z.string().min(1).optional(),
        flow_name: z.string().min(1).optional(),
        flow_cta: text(30),
        flow_token: z.string().min(1).optional(),
        mode: z.enum(["published", "draft"]).optional(),
        flow_action: z.enum(["navigate", "data_exchange"]).optional(),
        flow_action_payload: z
          .strictObject({ screen: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() })
          .optional(),
      })
      .superRefine((parameters, ctx) => {
        if ((parameters.flow_id === undefined) === (parameters.flow_name === undefined)) {
          issue(ctx, 131009, [], "needs exactly one of flow_id and flow_name");
        }
      }),
  }),
});

/** The conversational subtypes, keyed by `interactive.type`. */
export const conversationalSchemas = {
  button: button.superRefine((message, ctx) => {
    const buttons = message.action.buttons;
    const path = (i: number, field: string) => ["action", "buttons", i, "reply", field];
    uniqueValues(
      ctx,
      buttons.map((b, i) => ({ value: b.reply.title, path: path(i, "title") })),
      "button title",
    );
    uniqueValues(
      ctx,
      buttons.map((b, i) => ({ value: b.reply.id, path: path(i, "id") })),
      "button id",
    );
  }),
  list,
  cta_url: ctaUrl,
  location_request_message: locationRequest,
  flow,
};
