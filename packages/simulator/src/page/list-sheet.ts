/** The sheet behind an interactive list's button: section titles and rows; tapping a row answers. */
import { el } from "./element.js";
import { fields, items, text } from "./payload-fields.js";
import type { RenderContext } from "./render-context.js";
import { openSheet } from "./sheet.js";

/** Opens the rows of the list message `contextId`; a tapped row is sent as a `list_reply` quoting it. */
export function openListSheet(interactive: unknown, contextId: string, ctx: RenderContext): void {
  const action = fields(fields(interactive).action);
  const content = el("div", { class: "list-sheet" });
  for (const section of items(action.sections).map(fields)) {
    const title = text(section.title);
    const rows = items(section.rows).map(fields);
    const group = el("section", { class: "list-sheet__section" });
    if (title !== undefined && title !== "") group.append(el("h3", {}, title));
    for (const row of rows) {
      const id = text(row.id) ?? "";
      const rowTitle = text(row.title) ?? id;
      const description = text(row.description);
      const rowButton = el(
        "button",
        { type: "button", class: "list-row", "data-testid": "list-row", "data-row-id": id },
        el("span", { class: "list-row__title" }, rowTitle),
        description !== undefined &&
          description !== "" &&
          el("span", { class: "list-row__description" }, description),
        el("span", { class: "list-row__radio", "aria-hidden": "true" }),
      );
      rowButton.addEventListener("click", () => {
        sheet.close();
        ctx.send(
          description === undefined
            ? { type: "list_reply", id, title: rowTitle, contextId }
            : { type: "list_reply", id, title: rowTitle, description, contextId },
        );
      });
      group.append(rowButton);
    }
    content.append(group);
  }
  const sheet = openSheet({ title: text(action.button) ?? "Options", testid: "list-sheet", content });
}
