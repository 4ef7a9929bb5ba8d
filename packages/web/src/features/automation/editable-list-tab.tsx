/**
 * A tab that lists a channel account's items and edits them in place: "+ New" opens a form above the
 * list, Edit swaps an item for its form, and a save puts the item back into the list.
 */
import { Fragment, useState, type ReactNode } from "react";
import type { MessageKey } from "../../i18n/en";
import { CreateButton, ListNotes, TabSection } from "./tab-section";
import type { AccountList } from "./use-account-list";

/** What the item's form gets: `onSaved` closes it and puts the item into the list; `onCancel` closes it. */
export interface FormCallbacks<T> {
  onSaved(item: T): void;
  onCancel(): void;
}

interface EditableListTabProps<T extends { id: string }> {
  titleId: string;
  title: MessageKey;
  intro: MessageKey;
  create: { label: MessageKey; testId: string };
  empty: MessageKey;
  list: AccountList<T>;
  /** `ol` where the order means something (rules are tried in it), `ul` otherwise. */
  ordered: boolean;
  listTestId: string;
  /** The form of a new item (`item` absent) or of the item being edited. */
  renderForm(item: T | undefined, callbacks: FormCallbacks<T>): ReactNode;
  /** One listed item, which renders its own `li`. */
  renderItem(item: T, onEdit: () => void): ReactNode;
}

export function EditableListTab<T extends { id: string }>({
  titleId,
  title,
  intro,
  create,
  empty,
  list,
  ordered,
  listTestId,
  renderForm,
  renderItem,
}: EditableListTabProps<T>) {
  /** `new`, the id of the item being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const items = list.items;
  const List = ordered ? "ol" : "ul";
  const callbacks: FormCallbacks<T> = {
    onSaved(item) {
      setEditing(null);
      list.put(item);
    },
    onCancel: () => setEditing(null),
  };

  return (
    <TabSection
      titleId={titleId}
      title={title}
      intro={intro}
      failure={list.failure}
      actions={
        editing !== "new" && (
          <CreateButton label={create.label} testId={create.testId} onClick={() => setEditing("new")} />
        )
      }
    >
      {editing === "new" && renderForm(undefined, callbacks)}
      <ListNotes items={items} failure={list.failure} empty={empty} creating={editing === "new"} />
      {items !== null && items.length > 0 && (
        <List className="automation-list" data-testid={listTestId}>
          {items.map((item) =>
            editing === item.id ? (
              <li key={item.id}>{renderForm(item, callbacks)}</li>
            ) : (
              <Fragment key={item.id}>{renderItem(item, () => setEditing(item.id))}</Fragment>
            ),
          )}
        </List>
      )}
    </TabSection>
  );
}
