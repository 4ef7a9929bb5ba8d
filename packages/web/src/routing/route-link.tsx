/** A real link (open in a new tab works) that changes page without reloading on a plain click. */
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from "react";
import { useNavigate } from "./navigation";
import { pathOf, type Route } from "./route";

interface RouteLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick"> {
  to: Route;
  children: ReactNode;
}

export function RouteLink({ to, children, ...rest }: RouteLinkProps) {
  const navigate = useNavigate();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a {...rest} href={pathOf(to)} onClick={onClick}>
      {children}
    </a>
  );
}
