/** Writes one neutral message: its kind, then the form of that kind (JSON for kinds without a form). */
import type { OutboundMessage } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { JsonField } from "../fields/json-field";
import { problemsAt, type ProblemScope } from "../fields/problem-scope";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import {
  convertMessage,
  editableMessageKinds,
  isEditableMessageKind,
  type MessageKind,
} from "../new-message";
import { CarouselMessageFields } from "./carousel-message-fields";
import { ChoicesMessageFields } from "./choices-message-fields";
import { CtaMessageFields } from "./cta-message-fields";
import { LocationMessageFields } from "./location-message-fields";
import { MediaMessageFields } from "./media-message-fields";
import { messageKindKeys } from "./message-kind-labels";
import { TemplateMessageFields } from "./template-message-fields";
import { TextMessageFields } from "./text-message-fields";
import { isMessageOfKind } from "./typed-json";

interface MessageEditorProps {
  legend: string;
  message: OutboundMessage;
  onChange(message: OutboundMessage): void;
  /** Problems with paths inside this message. */
  scope: ProblemScope;
  testIdPrefix: string;
  /** Kinds this place accepts (an ask with choice validation needs choices); all editable kinds otherwise. */
  kinds?: readonly MessageKind[] | undefined;
}

export function MessageEditor({ legend, message, onChange, scope, testIdPrefix, kinds }: MessageEditorProps) {
  const { t } = useI18n();
  const offered = kinds ?? editableMessageKinds;
  const options = (offered.includes(message.kind) ? offered : [...offered, message.kind]).map((kind) => ({
    value: kind,
    label: t(messageKindKeys[kind]),
  }));
  return (
    <fieldset className="subform subform--message" data-testid={`${testIdPrefix}-editor`}>
      <legend>{legend}</legend>
      <FieldViolations problems={problemsAt(scope, "")} />
      <SelectField
        label={t("botMessage.kind")}
        value={message.kind}
        options={options}
        onChange={(kind) => onChange(convertMessage(message, kind))}
        problems={problemsAt(scope, "kind")}
        testId={`${testIdPrefix}-kind-select`}
      />
      <MessageFields message={message} onChange={onChange} scope={scope} testIdPrefix={testIdPrefix} />
    </fieldset>
  );
}

function MessageFields({
  message,
  onChange,
  scope,
  testIdPrefix,
}: Omit<MessageEditorProps, "legend" | "kinds">) {
  const { t } = useI18n();
  const form = { scope, testIdPrefix };
  switch (message.kind) {
    case "text":
      return <TextMessageFields {...form} message={message} onChange={onChange} />;
    case "media":
      return <MediaMessageFields {...form} message={message} onChange={onChange} />;
    case "location":
      return <LocationMessageFields {...form} message={message} onChange={onChange} />;
    case "choices":
      return <ChoicesMessageFields {...form} message={message} onChange={onChange} />;
    case "cta_url":
      return <CtaMessageFields {...form} message={message} onChange={onChange} />;
    case "carousel":
      return <CarouselMessageFields {...form} message={message} onChange={onChange} />;
    case "template":
      return <TemplateMessageFields {...form} message={message} onChange={onChange} />;
    case "location_request":
      return (
        <TextField
          label={t("composer.bodyLabel")}
          rows={3}
          value={message.body}
          onChange={(body) => onChange({ ...message, body })}
          problems={problemsAt(scope, "body")}
          testId={`${testIdPrefix}-body`}
          hint={t("botMessage.locationRequestHint")}
        />
      );
    default:
      return isEditableMessageKind(message.kind) ? null : (
        <JsonField
          label={t("botMessage.json")}
          hint={t("botMessage.jsonHint")}
          rows={10}
          value={message}
          onChange={(value) => {
            if (isMessageOfKind(value, message.kind)) onChange(value);
          }}
          problems={undefined}
          testId={`${testIdPrefix}-json`}
        />
      );
  }
}
