/** The sections and rows of a choices list as the customer's list sheet shows them. */
import type { OutboundMessage } from "../../api/types";

type Sections = Extract<OutboundMessage, { kind: "choices" }>["sections"];

interface ListSheetSectionsProps {
  sections: Sections;
  rowTestId: string;
  /** Shown for an option still without a title (a draft in the editor's preview). */
  untitled?: string | undefined;
}

export function ListSheetSections({ sections, rowTestId, untitled }: ListSheetSectionsProps) {
  return sections.map((section, s) => (
    <section key={`${section.title ?? ""}-${s}`} className="list-sheet__section">
      {section.title && <h4 className="list-sheet__title">{section.title}</h4>}
      <ul>
        {section.options.map((option, o) => (
          <li
            key={`${option.id}-${o}`}
            className="list-sheet__row"
            data-testid={rowTestId}
            data-option-id={option.id}
          >
            <span className="list-sheet__row-title">{option.title || untitled}</span>
            {option.description && <span className="list-sheet__row-description">{option.description}</span>}
            <span className="list-sheet__radio" aria-hidden="true" />
          </li>
        ))}
      </ul>
    </section>
  ));
}
