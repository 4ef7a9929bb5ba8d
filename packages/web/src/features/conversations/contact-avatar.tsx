/** A round avatar with the contact's initials, its colour stable per contact. */
import { contactInitials } from "./contact-label";

const hues = [152, 200, 262, 12, 36, 330, 180];

function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hues[hash % hues.length] ?? hues[0] ?? 152;
}

export function ContactAvatar({ label, seed, size = 40 }: { label: string; seed: string; size?: number }) {
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.4,
        background: `hsl(${hueOf(seed)} 45% 88%)`,
        color: `hsl(${hueOf(seed)} 50% 28%)`,
      }}
    >
      {contactInitials(label)}
    </span>
  );
}
