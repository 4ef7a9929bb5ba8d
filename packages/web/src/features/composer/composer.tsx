/**
 * Writes and sends an agent's message: plain text, or "choices" (options as buttons or a list).
 * A `/` at the start opens the saved replies; the chosen one is filled in for this conversation.
 * On failure the draft stays and every problem the server names is shown next to its field.
 */
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useApi } from "../../api/api-context";
import type { LimitViolation, Message, OutboundMessageInput } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { ChoicesEditor } from "./choices-editor";
import { buildChoicesMessage, newChoicesDraft, type ChoicesDraft } from "./choices-draft";
import { ComposerModeSwitch, type ComposerMode } from "./composer-mode-switch";
import { FieldViolations } from "./field-violations";
import { SendProblemBanner } from "./send-problem-banner";
import { sendProblemOf, type SendProblem } from "./send-problem";
import { groupByField, placeProblems, type FieldKey } from "./violation-path";
import type { SavedReply } from "../../api/saved-replies-api";
import type { ComposerInsert } from "../saved-replies/picker/composer-insert";
import { SavedReplyPicker } from "../saved-replies/picker/saved-reply-picker";
import { useSavedReplyPicker } from "../saved-replies/picker/use-saved-reply-picker";

interface ComposerProps {
  conversationId: string;
  onSent(message: Message): void;
}

export function Composer({ conversationId, onSent }: ComposerProps) {
  const api = useApi();
  const { t } = useI18n();
  const [mode, setMode] = useState<ComposerMode>("text");
  const [text, setText] = useState("");
  const [draft, setDraft] = useState<ChoicesDraft>(newChoicesDraft);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const [optionRows, setOptionRows] = useState<number[]>([]);
  // Two quick Enters arrive before `sending` re-renders; this stops the second one at once.
  const inFlight = useRef(false);
  // The title of an inserted saved reply whose other parts (media, header…) the composer cannot send.
  const [partialReply, setPartialReply] = useState<string | null>(null);
  const picker = useSavedReplyPicker({ text, conversationId, onInsert: insertSavedReply });

  function insertSavedReply(insert: ComposerInsert, reply: SavedReply) {
    setMode(insert.mode);
    setText(insert.text);
    if (insert.draft) setDraft(insert.draft);
    setProblem(null);
    setPartialReply(insert.partial ? reply.title : null);
  }

  const placed = useMemo(() => {
    if (problem?.kind !== "invalid") return new Map<FieldKey, LimitViolation[]>();
    const isVisible = (key: FieldKey) => {
      if (key === "text") return true;
      if (mode === "text") return false;
      if (key === "listButton") return draft.style !== "buttons";
      const row = /^option\.(\d+)/.exec(key);
      return row ? Number(row[1]) < draft.options.length : true;
    };
    return placeProblems(groupByField(problem.problems, optionRows), isVisible);
  }, [problem, optionRows, mode, draft.style, draft.options.length]);

  const canSend = !sending && (mode === "choices" || text.trim() !== "");

  async function send() {
    if (!canSend || inFlight.current) return;
    inFlight.current = true;
    const built: { message: OutboundMessageInput; optionRows: number[] } =
      mode === "text"
        ? { message: { kind: "text", text }, optionRows: [] }
        : buildChoicesMessage(text, draft);
    setSending(true);
    setProblem(null);
    try {
      const message = await api.sendMessage(conversationId, built.message);
      onSent(message);
      setText("");
      setDraft(newChoicesDraft());
      setPartialReply(null);
    } catch (error) {
      setOptionRows(built.optionRows);
      setProblem(sendProblemOf(error));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (picker.handleKey(event)) return;
    // Enter sends plain text; Shift+Enter adds a line, and Enter that confirms an IME composition is left alone.
    if (mode !== "text" || event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  }

  const textProblems = placed.get("text");
  const inputLabel = mode === "text" ? t("composer.textLabel") : t("composer.bodyLabel");
  const sendButton = (
    <button
      data-testid="composer-send"
      className="button button--primary composer__send"
      type="submit"
      disabled={!canSend}
    >
      {sending ? t("composer.sending") : t("composer.send")}
    </button>
  );

  return (
    <form className={`composer composer--${mode}`} aria-label={t("composer.label")} onSubmit={onSubmit}>
      <div className="composer__toolbar">
        <ComposerModeSwitch mode={mode} onChange={setMode} />
        {mode === "text" && <span className="composer__hint">{t("composer.enterHint")}</span>}
      </div>
      {problem && <SendProblemBanner problem={problem} />}
      <SavedReplyPicker picker={picker} />
      {partialReply !== null && (
        <p className="composer__note" data-testid="composer-saved-reply-note">
          {t("savedReplies.insertedPartly", { title: partialReply })}
        </p>
      )}
      <div className="composer__main">
        <label className="visually-hidden" htmlFor="composer-input">
          {inputLabel}
        </label>
        <textarea
          id="composer-input"
          data-testid="composer-input"
          className="composer__input"
          rows={mode === "text" ? 2 : 3}
          value={text}
          placeholder={mode === "text" ? t("composer.textPlaceholder") : t("composer.bodyPlaceholder")}
          aria-invalid={textProblems !== undefined}
          aria-describedby={textProblems ? "composer-input-problems" : undefined}
          {...picker.inputProps}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {mode === "text" && sendButton}
      </div>
      <FieldViolations id="composer-input-problems" problems={textProblems} />
      {mode === "choices" && (
        <ChoicesEditor
          draft={draft}
          problems={placed}
          onChange={setDraft}
          onRowsChanged={() => setProblem(null)}
        />
      )}
      <FieldViolations problems={placed.get("general")} />
      {mode === "choices" && <div className="composer__footer">{sendButton}</div>}
    </form>
  );
}
