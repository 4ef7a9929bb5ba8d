/** The list of saved replies above the composer's input while a shortcut is typed. */
import type { SavedReply } from "../../../api/saved-replies-api";
import { useI18n } from "../../../i18n/i18n-context";
import { readableTextOf } from "./composer-insert";
import { optionId, PICKER_ID, type SavedReplyPicker as PickerState } from "./use-saved-reply-picker";

export function SavedReplyPicker({ picker }: { picker: PickerState }) {
  const { t } = useI18n();
  if (!picker.open) return null;
  const { matches } = picker;
  return (
    <div className="reply-picker" data-testid="composer-saved-reply-picker" aria-busy={picker.inserting}>
      <p className="reply-picker__hint" id={`${PICKER_ID}-hint`}>
        {t("savedReplies.pickerHint")}
      </p>
      {picker.error !== null && (
        <p className="reply-picker__error" role="alert">
          {t("savedReplies.pickerFailed", { reason: picker.error })}
        </p>
      )}
      {matches === null && picker.error === null && (
        <p className="reply-picker__empty">{t("savedReplies.loading")}</p>
      )}
      {matches !== null && matches.length === 0 && (
        <p className="reply-picker__empty">{t("savedReplies.pickerEmpty")}</p>
      )}
      {matches !== null && matches.length > 0 && (
        <ul
          className="reply-picker__list"
          id={PICKER_ID}
          role="listbox"
          aria-label={t("savedReplies.pickerLabel")}
          aria-describedby={`${PICKER_ID}-hint`}
        >
          {matches.map((reply, index) => (
            <PickerOption
              key={reply.id}
              reply={reply}
              index={index}
              active={index === picker.activeIndex}
              onHover={() => picker.highlight(index)}
              onChoose={() => picker.choose(index)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface PickerOptionProps {
  reply: SavedReply;
  index: number;
  active: boolean;
  onHover(): void;
  onChoose(): void;
}

function PickerOption({ reply, index, active, onHover, onChoose }: PickerOptionProps) {
  return (
    <li
      id={optionId(index)}
      role="option"
      aria-selected={active}
      className={`reply-picker__option${active ? " reply-picker__option--active" : ""}`}
      data-testid="composer-saved-reply-option"
      data-shortcut={reply.shortcut}
      onMouseEnter={onHover}
      // The input keeps the focus (and the keyboard) while a reply is picked with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <code className="reply-picker__shortcut">{reply.shortcut}</code>
      <span className="reply-picker__title">{reply.title}</span>
      <span className="reply-picker__preview">{readableTextOf(reply.message)}</span>
    </li>
  );
}
