/** The module a new profile entry opens: the first that is not the welcome module, else the first; blank without modules. */
import { useModules } from "../editor/modules-context";

export function useFirstModuleId(): string {
  const modules = useModules();
  return modules.find((module) => module.kind !== "welcome")?.id ?? modules[0]?.id ?? "";
}
