/** The fields of the WhatsApp account form, and where a request issue about each one comes from. */
import type { MessageKey } from "../../i18n/en";

export type AccountField =
  "name" | "externalId" | "wabaId" | "displayPhoneNumber" | "accessToken" | "appSecret" | "verifyToken";

export type AccountDraft = Record<AccountField, string>;

export const emptyAccountDraft: AccountDraft = {
  name: "",
  externalId: "",
  wabaId: "",
  displayPhoneNumber: "",
  accessToken: "",
  appSecret: "",
  verifyToken: "",
};

export interface AccountFieldSpec {
  field: AccountField;
  label: MessageKey;
  hint?: MessageKey;
  required: boolean;
  secret: boolean;
  placeholder?: string;
}

export const accountFields: AccountFieldSpec[] = [
  { field: "name", label: "accounts.name", hint: "accounts.nameHint", required: true, secret: false },
  {
    field: "externalId",
    label: "accounts.phoneNumberId",
    required: true,
    secret: false,
    placeholder: "106540352242922",
  },
  {
    field: "wabaId",
    label: "accounts.wabaId",
    required: false,
    secret: false,
    placeholder: "102290129340398",
  },
  {
    field: "displayPhoneNumber",
    label: "accounts.displayNumber",
    required: false,
    secret: false,
    placeholder: "+852 5123 4567",
  },
  { field: "accessToken", label: "accounts.accessToken", required: true, secret: true },
  { field: "appSecret", label: "accounts.appSecret", required: true, secret: true },
  { field: "verifyToken", label: "accounts.verifyToken", required: true, secret: false },
];

/** Pure: `secrets.accessToken`, `settings/wabaId`… → the form field, or undefined for the whole form. */
export function accountFieldForPath(path: string): AccountField | undefined {
  const last = path
    .split(/[./]/)
    .filter((part) => part !== "")
    .at(-1);
  return accountFields.find((spec) => spec.field === last)?.field;
}
