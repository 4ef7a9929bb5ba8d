/** The fields of the channel account form per channel, and where a request issue about each one comes from. */
import type { MessageKey } from "../../i18n/en";

/** The channels an account can be connected on from the console. */
export type AccountChannel = "whatsapp" | "messenger" | "instagram" | "line";

export const accountChannels: readonly AccountChannel[] = ["whatsapp", "messenger", "instagram", "line"];

const accountFieldNames = [
  "name",
  "externalId",
  "wabaId",
  "displayPhoneNumber",
  "pageUsername",
  "instagramUsername",
  "lineBasicId",
  "accessToken",
  "appSecret",
  "verifyToken",
] as const;

export type AccountField = (typeof accountFieldNames)[number];

export type AccountDraft = Record<AccountField, string>;

export const emptyAccountDraft: AccountDraft = {
  name: "",
  externalId: "",
  wabaId: "",
  displayPhoneNumber: "",
  pageUsername: "",
  instagramUsername: "",
  lineBasicId: "",
  accessToken: "",
  appSecret: "",
  verifyToken: "",
};

/** Fields kept in `settings` of the request; the others are top-level or `secrets`. */
export const settingFields = [
  "wabaId",
  "displayPhoneNumber",
  "pageUsername",
  "instagramUsername",
  "lineBasicId",
] as const satisfies readonly AccountField[];

export interface AccountFieldSpec {
  field: AccountField;
  label: MessageKey;
  hint?: MessageKey;
  required: boolean;
  secret: boolean;
  placeholder?: string;
}

const nameField: AccountFieldSpec = {
  field: "name",
  label: "accounts.name",
  hint: "accounts.nameHint",
  required: true,
  secret: false,
};

const verifyTokenField: AccountFieldSpec = {
  field: "verifyToken",
  label: "accounts.verifyToken",
  hint: "accountsChannel.verifyTokenHint",
  required: true,
  secret: false,
};

/** Meta app secret: the same for WhatsApp, Messenger and Instagram. */
const metaAppSecret: AccountFieldSpec = {
  field: "appSecret",
  label: "accounts.appSecret",
  hint: "accountsChannel.appSecretHint",
  required: true,
  secret: true,
};

/** The form of each channel, in the order the platform's console shows the values. */
export const accountFieldsByChannel: Record<AccountChannel, readonly AccountFieldSpec[]> = {
  whatsapp: [
    nameField,
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
    metaAppSecret,
    verifyTokenField,
  ],
  messenger: [
    nameField,
    {
      field: "externalId",
      label: "accountsChannel.pageId",
      hint: "accountsChannel.pageIdHint",
      required: true,
      secret: false,
      placeholder: "104982738291047",
    },
    {
      field: "pageUsername",
      label: "accountsChannel.pageUsername",
      hint: "accountsChannel.pageUsernameHint",
      required: false,
      secret: false,
      placeholder: "causewaybeauty",
    },
    {
      field: "accessToken",
      label: "accountsChannel.pageAccessToken",
      hint: "accountsChannel.pageAccessTokenHint",
      required: true,
      secret: true,
    },
    metaAppSecret,
    verifyTokenField,
  ],
  instagram: [
    nameField,
    {
      field: "externalId",
      label: "accountsChannel.instagramId",
      hint: "accountsChannel.instagramIdHint",
      required: true,
      secret: false,
      placeholder: "17841405822304914",
    },
    {
      field: "instagramUsername",
      label: "accountsChannel.instagramUsername",
      hint: "accountsChannel.instagramUsernameHint",
      required: false,
      secret: false,
      placeholder: "causewaybeauty",
    },
    {
      field: "accessToken",
      label: "accountsChannel.pageAccessToken",
      hint: "accountsChannel.instagramTokenHint",
      required: true,
      secret: true,
    },
    metaAppSecret,
    verifyTokenField,
  ],
  line: [
    nameField,
    {
      field: "externalId",
      label: "accountsChannel.lineUserId",
      hint: "accountsChannel.lineUserIdHint",
      required: true,
      secret: false,
      placeholder: "U4af4980629c5a8f2b3c5d6e7f8091a2b",
    },
    {
      field: "lineBasicId",
      label: "accountsChannel.lineBasicId",
      hint: "accountsChannel.lineBasicIdHint",
      required: false,
      secret: false,
      placeholder: "@causeway",
    },
    {
      field: "accessToken",
      label: "accountsChannel.channelAccessToken",
      hint: "accountsChannel.channelAccessTokenHint",
      required: true,
      secret: true,
    },
    {
      field: "appSecret",
      label: "accountsChannel.channelSecret",
      hint: "accountsChannel.channelSecretHint",
      required: true,
      secret: true,
    },
  ],
};

/**
 * Pure: `body.secrets.accessToken`, `settings/wabaId`… → the form field, or undefined for the whole
 * form (an issue about `channel`, or one the form cannot place).
 */
export function accountFieldForPath(path: string): AccountField | undefined {
  const last = path
    .split(/[./]/)
    .filter((part) => part !== "")
    .at(-1);
  return accountFieldNames.find((field) => field === last);
}

/** Pure: whether `channel` asks for a verify token (Meta's handshake; LINE has none). */
export function needsVerifyToken(channel: AccountChannel): boolean {
  return accountFieldsByChannel[channel].some((spec) => spec.field === "verifyToken");
}
