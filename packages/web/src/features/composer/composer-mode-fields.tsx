/** The editor under the composer's main input for the current mode: choices, a file, or a catalog product. */
import type { Dispatch, SetStateAction } from "react";
import type { LimitViolation } from "../../api/types";
import { ChoicesEditor } from "./choices-editor";
import type { ComposerMode } from "./composer-mode-switch";
import type { ComposerDrafts } from "./composer-message";
import { MediaEditor } from "./media-editor";
import { ProductEditor } from "./product-editor";
import type { FieldKey } from "./violation-path";

interface ComposerModeFieldsProps {
  mode: ComposerMode;
  drafts: ComposerDrafts;
  setDrafts: Dispatch<SetStateAction<ComposerDrafts>>;
  problems: ReadonlyMap<FieldKey, LimitViolation[]>;
  /** The channel shows an image above choices. */
  imageHeader: boolean;
  /** Choice rows moved: problems found for the old rows no longer point at the right inputs. */
  onRowsChanged(): void;
}

export function ComposerModeFields(props: ComposerModeFieldsProps) {
  const { mode, drafts, setDrafts, problems } = props;
  switch (mode) {
    case "choices":
      return (
        <ChoicesEditor
          draft={drafts.choices}
          problems={problems}
          imageHeader={props.imageHeader}
          onChange={(update) => setDrafts((current) => ({ ...current, choices: update(current.choices) }))}
          onRowsChanged={props.onRowsChanged}
        />
      );
    case "media":
      return (
        <MediaEditor
          draft={drafts.media}
          problems={problems}
          onChange={(update) => setDrafts((current) => ({ ...current, media: update(current.media) }))}
        />
      );
    case "product":
      return (
        <ProductEditor
          draft={drafts.product}
          problems={problems}
          onChange={(update) => setDrafts((current) => ({ ...current, product: update(current.product) }))}
        />
      );
    default:
      return null;
  }
}
