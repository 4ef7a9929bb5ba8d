/** A console user, as the API shows it (never the password hash), and the input that creates or edits one. */
import { z } from "zod";
import { PasswordSchema } from "./password.js";
import { RoleSchema } from "./actor.js";
import type { Role } from "./actor.js";

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  storeIds: string[];
  /** In-progress conversations assignment gives this user at most; null: no limit. */
  capacity: number | null;
  active: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "at most 254 characters")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "an e-mail address like name@example.com");

export const NewUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, "required").max(100, "at most 100 characters"),
  role: RoleSchema,
  password: PasswordSchema,
  storeIds: z.array(z.string().min(1)).max(200).default([]),
  capacity: z.number().int().min(1).max(1000).nullable().default(null),
});
export type NewUser = z.infer<typeof NewUserSchema>;

export const UserPatchSchema = z
  .object({
    email: EmailSchema,
    name: NewUserSchema.shape.name,
    role: RoleSchema,
    password: PasswordSchema,
    // Not NewUserSchema's field: its default ([]) would wipe the stores of a patch that leaves them out.
    storeIds: z.array(z.string().min(1)).max(200),
    capacity: z.number().int().min(1).max(1000).nullable(),
    active: z.boolean(),
  })
  .partial()
  .strict();
export type UserPatch = z.infer<typeof UserPatchSchema>;
