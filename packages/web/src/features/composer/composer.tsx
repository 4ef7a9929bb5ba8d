/**
 * Writes and sends an agent's message: plain text, "choices" (options as buttons or a list, with an
 * optional image above), a file by URL, a catalog product (WhatsApp), an approved template (by itself once
 * WhatsApp's 24-hour window has closed), or an internal note for staff (never sent); only the modes the
 * channel can render are offered. Shows the window's time left. A `/` at the start opens the saved
 * replies; the chosen one is filled in for this conversation. On failure the draft stays and every problem
 * the server names is shown next to its field.
 */
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useApi } from "../../api/api-context";
import type { Conversation, LimitViolation, Message } from "../../api/types";
import { useInboxApi, type ConversationNote } from "../../api/inbox-api";
import { ComposerWindow } from "./composer-window";
import { TemplateComposer } from "./template-composer";
import { useComposerMode } from "./use-composer-mode";
import { useI18n } from "../../i18n/i18n-context";
import { ComposerModeSwitch } from "./composer-mode-switch";
import { inputTextsOf } from "./composer-input-texts";
import { ComposerModeFields } from "./composer-mode-fields";
import {
  buildComposerMessage,
  canSendDraft,
  draftsAfterSend,
  newComposerDrafts,
  type ComposerDrafts,
} from "./composer-message";
import { acceptsChoicesImage } from "./composer-modes";
import { isFieldVisible } from "./field-visibility";
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
  /** Its channel and window decide what can be sent; null while it loads. */
  conversation?: Conversation | null;
  onSent(message: Message): void;
  onNoteAdded?(note: ConversationNote): void;
}

export function Composer({ conversationId, conversation = null, onSent, onNoteAdded }: ComposerProps) {
  const api = useApi();
  const inboxApi = useInboxApi();
  const { t } = useI18n();
  const { mode, available, policy, setMode } = useComposerMode(conversation);
  const [text, setText] = useState("");
  const [drafts, setDrafts] = useState<ComposerDrafts>(newComposerDrafts);
  const imageHeader = acceptsChoicesImage(conversation?.channel ?? null);
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
    const choices = insert.draft;
    if (choices) setDrafts((current) => ({ ...current, choices }));
    setProblem(null);
    setPartialReply(insert.partial ? reply.title : null);
  }

  const placed = useMemo(() => {
    if (problem?.kind !== "invalid") return new Map<FieldKey, LimitViolation[]>();
    const visible = { mode, choices: drafts.choices, media: drafts.media, imageHeader };
    const isVisible = (key: FieldKey) => isFieldVisible(key, visible);
    return placeProblems(groupByField(problem.problems, optionRows), isVisible);
  }, [problem, optionRows, mode, drafts.choices, drafts.media, imageHeader]);

  const canSend = !sending && canSendDraft(mode, text, drafts);

  async function addNote() {
    inFlight.current = true;
    setSending(true);
    setProblem(null);
    try {
      const note = await inboxApi.addNote(conversationId, text);
      onNoteAdded?.(note);
      setText("");
    } catch (error) {
      setOptionRows([]);
      setProblem(sendProblemOf(error));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  async function send() {
    if (!canSend || inFlight.current) return;
    if (mode === "note") return addNote();
    if (mode === "template") return;
    inFlight.current = true;
    const built = buildComposerMessage(mode, text, drafts);
    setSending(true);
    setProblem(null);
    try {
      const message = await api.sendMessage(conversationId, built.message);
      onSent(message);
      setText("");
      setDrafts((current) => draftsAfterSend(mode, current));
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
    // Enter sends plain text (or adds the note); Shift+Enter adds a line, and Enter that confirms an IME
    // composition is left alone.
    if (
      (mode !== "text" && mode !== "note") ||
      event.key !== "Enter" ||
      event.shiftKey ||
      event.nativeEvent.isComposing
    )
      return;
    event.preventDefault();
    void send();
  }

  const textProblems = placed.get("text");
  const inputTexts = inputTextsOf(mode);
  // Text and notes keep the send button beside the input; the other modes have fields below it.
  const sendBelow = mode !== "text" && mode !== "note";
  const sendButton = (
    <button
      data-testid="composer-send"
      className="button button--primary composer__send"
      type="submit"
      disabled={!canSend}
    >
      {sending ? t("composer.sending") : mode === "note" ? t("composer.addNote") : t("composer.send")}
    </button>
  );

  return (
    <form
      className={`composer composer--${mode}`}
      data-mode={mode}
      aria-label={t("composer.label")}
      onSubmit={onSubmit}
    >
      <div className="composer__toolbar">
        <ComposerModeSwitch mode={mode} available={available} onChange={setMode} />
        {mode === "text" && <span className="composer__hint">{t("composer.enterHint")}</span>}
        {mode === "note" && <span className="composer__hint">{t("composer.noteHint")}</span>}
        {conversation !== null && (
          <ComposerWindow channel={conversation.channel} windowExpiresAt={conversation.windowExpiresAt} />
        )}
      </div>
      {policy === "server_decides" && mode !== "note" && (
        <p className="composer__note" data-testid="composer-server-decides">
          {t("composerWindow.serverDecidesHint")}
        </p>
      )}
      {problem && <SendProblemBanner problem={problem} />}
      {mode === "template" && conversation !== null ? (
        <TemplateComposer
          conversationId={conversationId}
          channelAccountId={conversation.channelAccountId}
          onSent={onSent}
        />
      ) : (
        <>
          <SavedReplyPicker picker={picker} />
          {partialReply !== null && (
            <p className="composer__note" data-testid="composer-saved-reply-note">
              {t("savedReplies.insertedPartly", { title: partialReply })}
            </p>
          )}
          <div className="composer__main">
            <label className="visually-hidden" htmlFor="composer-input">
              {t(inputTexts.label)}
            </label>
            <textarea
              id="composer-input"
              data-testid="composer-input"
              className="composer__input"
              rows={mode === "choices" ? 3 : 2}
              value={text}
              placeholder={t(inputTexts.placeholder)}
              aria-invalid={textProblems !== undefined}
              aria-describedby={textProblems ? "composer-input-problems" : undefined}
              {...picker.inputProps}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
            />
            {!sendBelow && sendButton}
          </div>
          <FieldViolations id="composer-input-problems" problems={textProblems} />
          <ComposerModeFields
            mode={mode}
            drafts={drafts}
            setDrafts={setDrafts}
            problems={placed}
            imageHeader={imageHeader}
            onRowsChanged={() => setProblem(null)}
          />
          <FieldViolations problems={placed.get("general")} />
          {sendBelow && <div className="composer__footer">{sendButton}</div>}
        </>
      )}
    </form>
  );
}
