/**
 * LINE template messages with their D2 limits: buttons (≤4 actions), confirm (exactly 2) and carousel
 * (≤10 columns, every column alike). Each builder checks its own limits and never cuts anything.
 */
import type { LimitViolation } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkText } from "./check-text.js";
import type { TemplateHeader } from "./compile-template-header.js";
import {
  ALT_TEXT_MAX,
  BUTTONS_ACTIONS_MAX,
  BUTTONS_TEXT_MAX,
  BUTTONS_TEXT_WITH_IMAGE_OR_TITLE_MAX,
  CAROUSEL_ACTIONS_MAX,
  CAROUSEL_COLUMNS_MAX,
  CAROUSEL_TEXT_MAX,
  CAROUSEL_TEXT_WITH_IMAGE_OR_TITLE_MAX,
  CAROUSEL_TITLE_MAX,
  CONFIRM_ACTIONS,
  CONFIRM_TEXT_MAX,
} from "./line-limits.js";
import type { LineAction, LineCarouselColumn, LineTemplateMessage } from "./line-message-types.js";

/** The actions of a template and where the neutral message holds them, for counting. */
export interface TemplateActions {
  actions: LineAction[];
  /** e.g. `sections[0].options`. */
  path: string;
  /** What the actions are in the neutral message: "options", "buttons". */
  unit: string;
}

/**
 * Buttons template: `text` (the neutral body) ≤160, or ≤60 once there is a title or an image; 1–4
 * actions. The body is also the `altText`, which its limit keeps under 400.
 */
export function buttonsTemplateMessage(
  violations: LimitViolation[],
  header: TemplateHeader,
  body: string,
  actions: TemplateActions,
): LineTemplateMessage {
  const framed = header.title !== undefined || header.thumbnailImageUrl !== undefined;
  checkText(violations, "body", body, {
    required: true,
    max: framed ? BUTTONS_TEXT_WITH_IMAGE_OR_TITLE_MAX : BUTTONS_TEXT_MAX,
    as: framed ? "the text of a buttons template with a title or image" : "the text of a buttons template",
  });
  checkCount(violations, actions.path, actions.actions.length, {
    platform: "LINE",
    min: 1,
    max: BUTTONS_ACTIONS_MAX,
    unit: actions.unit,
    scope: "for a buttons template",
  });
  return {
    type: "template",
    altText: body,
    template: { type: "buttons", ...header, text: body, actions: actions.actions },
  };
}

/** Confirm template: `text` ≤240 and exactly two actions, shown side by side. */
export function confirmTemplateMessage(
  violations: LimitViolation[],
  body: string,
  actions: TemplateActions,
): LineTemplateMessage {
  checkText(violations, "body", body, {
    required: true,
    max: CONFIRM_TEXT_MAX,
    as: "the text of a confirm template",
  });
  checkCount(violations, actions.path, actions.actions.length, {
    platform: "LINE",
    min: CONFIRM_ACTIONS,
    max: CONFIRM_ACTIONS,
    unit: actions.unit,
    scope: "for a confirm template",
  });
  return {
    type: "template",
    altText: body,
    template: { type: "confirm", text: body, actions: actions.actions },
  };
}

/** One carousel column and where it comes from in the neutral message. */
export interface CarouselColumnInput {
  /** Path of what the column shows, e.g. `sections[0].options[2]`. */
  path: string;
  /** Paths of what became the column's `title` and `text`, e.g. `sections[0].options[2].description`. */
  titlePath: string;
  textPath: string;
  column: LineCarouselColumn;
}

/**
 * Carousel template: 1–10 columns; per column `title` ≤40 and `text` ≤120 (≤60 with a title or image),
 * 1–3 actions; every column with as many actions as the first and the same use of title and image
 * (D2). `altText` (≤400) is the neutral body; `columnsPath` is where the columns are counted.
 */
export function carouselTemplateMessage(
  violations: LimitViolation[],
  altText: string,
  columns: CarouselColumnInput[],
  columnsPath: string,
): LineTemplateMessage {
  checkText(violations, "body", altText, { required: true, max: ALT_TEXT_MAX, as: "the altText" });
  checkCount(violations, columnsPath, columns.length, {
    platform: "LINE",
    min: 1,
    max: CAROUSEL_COLUMNS_MAX,
    unit: "columns",
    scope: "for a carousel template",
  });
  const [first] = columns;
  for (const { path, titlePath, textPath, column } of columns) {
    const framed = column.title !== undefined || column.thumbnailImageUrl !== undefined;
    checkText(violations, titlePath, column.title, { max: CAROUSEL_TITLE_MAX, as: "the column title" });
    checkText(violations, textPath, column.text, {
      required: true,
      max: framed ? CAROUSEL_TEXT_WITH_IMAGE_OR_TITLE_MAX : CAROUSEL_TEXT_MAX,
      as: framed ? "the text of a column with a title or image" : "the text of a column",
    });
    checkCount(violations, path, column.actions.length, {
      platform: "LINE",
      min: 1,
      max: CAROUSEL_ACTIONS_MAX,
      unit: "actions",
      scope: "in a carousel column",
    });
    if (first === undefined || column === first.column) continue;
    checkSameAs(violations, path, column, first);
  }
  return {
    type: "template",
    altText,
    template: { type: "carousel", columns: columns.map(({ column }) => column) },
  };
}

function checkSameAs(
  violations: LimitViolation[],
  path: string,
  column: LineCarouselColumn,
  first: CarouselColumnInput,
): void {
  const expected = first.column.actions.length;
  if (column.actions.length !== expected) {
    violations.push({
      path,
      rule: "same_action_count",
      message: `${path}: ${column.actions.length} actions, but ${first.path} has ${expected}; LINE needs every carousel column to have the same number`,
      limit: expected,
      actual: column.actions.length,
    });
  }
  const layout = (c: LineCarouselColumn) =>
    `${c.title === undefined ? "no title" : "a title"} and ${c.thumbnailImageUrl === undefined ? "no image" : "an image"}`;
  if (layout(column) !== layout(first.column)) {
    violations.push({
      path,
      rule: "same_layout",
      message: `${path}: has ${layout(column)}, but ${first.path} has ${layout(first.column)}; LINE needs every carousel column alike`,
    });
  }
}
