import { z } from 'zod';
import { DEFAULT_SERVICES } from './site-config';

/**
 * A site's services as its Settings screen edits them and the PC stores
 * them (a `meta` row), and how they become the configuration the domain
 * core works from. A service's own standard may be left empty: it then
 * follows the site's standard, so changing that one number moves them all.
 */
export const StoredServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1).max(60),
  letter: z.string().regex(/^[A-Z]$/, 'a single capital letter'),
  directorate: z.string().trim().min(1).max(60),
  active: z.boolean(),
  /** null: the site's standard (site-settings.ts). */
  standardMinutes: z.number().int().min(1).max(240).nullable(),
  priorityStandardMinutes: z.number().int().min(1).max(240).nullable(),
});
export type StoredService = z.infer<typeof StoredServiceSchema>;
export const StoredServicesSchema = z
  .array(StoredServiceSchema)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.letter)).size === list.length, 'each service needs its own letter')
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'each service needs its own id');

export const DEFAULT_STORED_SERVICES: StoredService[] = DEFAULT_SERVICES.map((s) => ({
  id: s.id,
  name: s.name,
  letter: s.letter,
  directorate: s.directorate,
  active: s.active,
  standardMinutes: null,
  priorityStandardMinutes: null,
}));
