/**
 * Problems grouped by module: node number, path and message. Choosing one opens that module and node;
 * problems of nodes edited since are shown struck through (the next check tells).
 */
import type { Bot, BotProblem } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { stillApplies, type ProblemReport } from "../editor/current-problems";
import { groupProblems } from "../problem-groups";

interface ProblemListProps {
  /** The problems and the draft they were found in (names and order of its modules). */
  report: Pick<ProblemReport, "problems" | "draft">;
  /** The draft as it is now: problems of nodes changed since are stale. */
  current: Bot;
  onSelect(problem: BotProblem): void;
  testId: string;
}

export function ProblemList({ report, current, onSelect, testId }: ProblemListProps) {
  const { t } = useI18n();
  const { problems, draft } = report;
  const applies = (problem: BotProblem) => stillApplies(problem, draft, current);
  return (
    <div className="problem-list" data-testid={testId} data-count={problems.length}>
      {groupProblems(problems, draft).map((group) => (
        <section key={group.moduleId} className="problem-list__group">
          <h3 className="problem-list__module">
            {group.moduleId === ""
              ? t("botPublish.wholeBot")
              : (group.moduleName ?? t("botEditor.missingModule", { id: group.moduleId }))}
          </h3>
          <ul>
            {group.items.map((item, index) => (
              <li key={`${item.problem.path}-${index}`}>
                <button
                  type="button"
                  className={`problem-list__item${applies(item.problem) ? "" : " problem-list__item--stale"}`}
                  data-testid="problem-item"
                  data-module-id={item.problem.moduleId}
                  data-node-index={item.problem.nodeIndex}
                  data-path={item.problem.path}
                  onClick={() => onSelect(item.problem)}
                >
                  <span className="problem-list__where">
                    {item.nodeNumber === null
                      ? t("botPublish.module")
                      : t("botPublish.node", { n: item.nodeNumber })}
                    {item.field !== "" && <code> {item.field}</code>}
                  </span>
                  <span className="problem-list__message">{item.problem.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
